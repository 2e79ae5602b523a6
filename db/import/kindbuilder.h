#pragma once

#include "importkind.h"

#include <initializer_list>
#include <utility>
#include <vector>

namespace zhisuan::db {

// Declares one ImportKind as data: its fields (headers, type, quantity), the security a row is about, its trust
// fields and the usual writer. The kinds themselves are declared in the family files (kindfamilies.h); this is the
// vocabulary they share.
class KindBuilder
{
public:
    using Outcome = UpsertWriter::Outcome;

    // A row the record implies and that must exist before it: written FillOnly, keyed by one of the record's values.
    struct Parent
    {
        int field;                                   // the value that is the parent's key
        const char *table;
        const char *keyColumn;
        std::vector<std::pair<int, const char *>> extra; // more of the record's fields written to the parent
        std::vector<std::pair<const char *, QByteArray>> constants;
        // A security parent whose kind the code's family says (daily quotes of an index create an index, not a stock).
        bool familyKind = false;
    };

    KindBuilder(QString id, const char *title);

    int add(const QString &key, FieldType type, bool required, QStringList aliases, const QString &description = {},
            QList<HeaderAlias> scaled = {});
    int choice(const QString &key, bool required, QList<std::pair<QString, QStringList>> choices, QStringList aliases,
               const QString &description = {});
    // The source field (来源, 资料来源, 数据来源): where a row's figures were read.
    int source();
    // The optional English form of the name, title or description beside it (issue 29): `name_en`, `title_en`,
    // `subject_en` or `description_en`, and the headers people write for it (英文名称, English name, 英文说明 …).
    int english(const QString &key);

    ImportKind &kind() { return m_kind; }

    // A number field's quantity, so that units in its header and cells are understood (UnitVocabulary).
    void measure(std::initializer_list<int> fields, Quantity quantity, bool nonNegative = false);
    // The security a row is about: bare codes are resolved with `name`; `kind` (if any) is checked against the family.
    void security(int code, int name, int kind = -1);

    // confidence, confidence_note, inferred_fields (and as_of for tables with no date of their own): every fact
    // says how far it can be trusted and when it was stated. Returns the field indices to write, in that order.
    std::vector<int> trust(bool withAsOf = false);

    // The usual writer: one row into `table` by natural key, after the parents it refers to.
    void writeTable(const char *table, std::vector<int> keyFields, std::vector<int> valueFields,
                    std::vector<Parent> parents = {});

    // Shared by the declarations.
    // 国内/海外 and their spellings.
    static QList<std::pair<QString, QStringList>> regionChoices();
    // A row's value fields followed by its trust fields (trust()).
    static std::vector<int> plus(std::vector<int> fields, const std::vector<int> &more);
    // The outcome of a record written as several rows: inserted if any row was, else updated if any was.
    static Outcome combine(Outcome a, Outcome b);
    // end ≥ start, for ISO date fields.
    static void checkDateOrder(const ImportRecord &r, int start, int end, QList<RowProblem> &out);
    // `cells` followed by the row's trust cells: confidence, confidence_note, inferred_fields (`trust` from trust()).
    static std::vector<Cell> withTrust(std::vector<Cell> cells, const ImportRecord &r, const std::vector<int> &trust);

private:
    ImportKind m_kind;
};

// The shorthands the family files declare kinds with (`using namespace kinds;` there, nowhere else).
namespace kinds {
using Outcome = KindBuilder::Outcome;
using Parent = KindBuilder::Parent;
inline constexpr auto T = FieldType::Text;
inline constexpr auto R = FieldType::Real;
} // namespace kinds

} // namespace zhisuan::db
