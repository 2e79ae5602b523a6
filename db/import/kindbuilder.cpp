#include "kindbuilder.h"

#include "securitycodes.h"

#include <QCoreApplication>

namespace zhisuan::db {
namespace {

using Outcome = KindBuilder::Outcome;

QList<std::pair<QString, QStringList>> confidenceChoices()
{
    return {{QStringLiteral("reported"), {QStringLiteral("报告"), QStringLiteral("原文"), QStringLiteral("披露"), QStringLiteral("reported")}},
            {QStringLiteral("derived"), {QStringLiteral("推算"), QStringLiteral("计算"), QStringLiteral("derived")}},
            {QStringLiteral("inferred"), {QStringLiteral("推断"), QStringLiteral("inferred")}}};
}

} // namespace

KindBuilder::KindBuilder(QString id, const char *title)
{
    m_kind.id = std::move(id);
    m_kind.title = title;
}

int KindBuilder::add(const QString &key, FieldType type, bool required, QStringList aliases, const QString &description,
                     QList<HeaderAlias> scaled)
{
    FieldSpec f;
    f.key = key;
    f.type = type;
    f.required = required;
    f.description = description;
    f.aliases.append(HeaderAlias{key, 0});
    for (const QString &a : aliases)
        f.aliases.append(HeaderAlias{a, 0});
    f.aliases.append(scaled);
    m_kind.fields.append(f);
    return int(m_kind.fields.size() - 1);
}

int KindBuilder::choice(const QString &key, bool required, QList<std::pair<QString, QStringList>> choices, QStringList aliases,
                        const QString &description)
{
    const int i = add(key, FieldType::Choice, required, aliases, description);
    m_kind.fields[i].choices = std::move(choices);
    return i;
}

int KindBuilder::source()
{
    return add(QStringLiteral("source"), FieldType::Text, false, {QStringLiteral("来源"), QStringLiteral("资料来源"), QStringLiteral("数据来源")});
}

int KindBuilder::english(const QString &key)
{
    QStringList aliases{QStringLiteral("英文名称"), QStringLiteral("英文名"), QStringLiteral("English name")};
    if (key == QLatin1String("title_en"))
        aliases = {QStringLiteral("英文标题"), QStringLiteral("English title"), QStringLiteral("英文名称"), QStringLiteral("English name")};
    else if (key == QLatin1String("description_en"))
        aliases = {QStringLiteral("英文说明"), QStringLiteral("英文描述"), QStringLiteral("English description")};
    else if (key == QLatin1String("subject_en"))
        aliases = {QStringLiteral("英文对象"), QStringLiteral("English subject"), QStringLiteral("英文名称"), QStringLiteral("English name")};
    return add(key, FieldType::Text, false, aliases);
}

void KindBuilder::measure(std::initializer_list<int> fields, Quantity quantity, bool nonNegative)
{
    for (int f : fields) {
        m_kind.fields[f].quantity = quantity;
        m_kind.fields[f].nonNegative = m_kind.fields[f].nonNegative || nonNegative;
    }
}

void KindBuilder::security(int code, int name, int kind)
{
    m_kind.codeField = code;
    m_kind.nameField = name;
    m_kind.securityKindField = kind;
}

std::vector<int> KindBuilder::trust(bool withAsOf)
{
    m_kind.confidence = choice(QStringLiteral("confidence"), false, confidenceChoices(), {QStringLiteral("可信度"), QStringLiteral("置信度")});
    m_kind.confidenceNote = add(QStringLiteral("confidence_note"), FieldType::Text, false, {QStringLiteral("推断依据"), QStringLiteral("可信度说明")});
    m_kind.inferredFields = add(QStringLiteral("inferred_fields"), FieldType::Text, false, {QStringLiteral("推断字段")});
    std::vector<int> out{m_kind.confidence, m_kind.confidenceNote, m_kind.inferredFields};
    if (withAsOf)
        out.push_back(add(QStringLiteral("as_of"), FieldType::Date, false, {QStringLiteral("数据日期"), QStringLiteral("截至日期")}));
    return out;
}

void KindBuilder::writeTable(const char *table, std::vector<int> keyFields, std::vector<int> valueFields, std::vector<Parent> parents)
{
    m_kind.table = QString::fromLatin1(table);
    m_kind.oneRowPerRecord = true;
    std::vector<QByteArray> columns;
    for (const FieldSpec &f : std::as_const(m_kind.fields))
        columns.push_back(f.key.toLatin1());
    m_kind.write = [table, keyFields, valueFields, parents, columns](const ImportRecord &r, UpsertWriter &w) -> Result<Outcome> {
        // Reused across rows: this lambda runs once per line of files with millions of lines.
        thread_local std::vector<Cell> parentKey, pv, key, values;
        // A file's rows come security by security: the kind of the last code is asked again, not worked out again.
        thread_local QByteArray lastCode;
        thread_local Value lastKind;
        for (const Parent &p : parents) {
            if (isMissing(r[p.field]))
                continue;
            parentKey.assign({Cell{p.keyColumn, r[p.field]}});
            pv.clear();
            for (const auto &[field, column] : p.extra)
                pv.push_back(Cell{column, r[field]});
            for (const auto &[column, value] : p.constants)
                pv.push_back(Cell{column, value});
            if (p.familyKind)
                if (const auto *code = std::get_if<QByteArray>(&r[p.field])) {
                    if (*code != lastCode || isMissing(lastKind)) {
                        lastCode = *code;
                        lastKind = Value(securityKindCode(SecurityCodes::kindOf(*code)));
                    }
                    pv.push_back(Cell{"kind", lastKind});
                }
            auto res = w.upsert(p.table, parentKey, pv, UpsertWriter::Mode::FillOnly);
            if (!res)
                return res.error();
        }
        key.clear();
        values.clear();
        for (int f : keyFields)
            key.push_back(Cell{columns[size_t(f)].constData(), r[f]});
        for (int f : valueFields)
            values.push_back(Cell{columns[size_t(f)].constData(), r[f]});
        return w.upsert(table, key, values);
    };
}

QList<std::pair<QString, QStringList>> KindBuilder::regionChoices()
{
    return {
        {QStringLiteral("domestic"), {QStringLiteral("国内"), QStringLiteral("境内"), QStringLiteral("中国"), QStringLiteral("domestic"), QStringLiteral("cn")}},
        {QStringLiteral("overseas"), {QStringLiteral("海外"), QStringLiteral("境外"), QStringLiteral("国外"), QStringLiteral("overseas"), QStringLiteral("foreign")}},
    };
}

std::vector<int> KindBuilder::plus(std::vector<int> fields, const std::vector<int> &more)
{
    fields.insert(fields.end(), more.begin(), more.end());
    return fields;
}

Outcome KindBuilder::combine(Outcome a, Outcome b)
{
    if (a == Outcome::Inserted || b == Outcome::Inserted)
        return Outcome::Inserted;
    if (a == Outcome::Updated || b == Outcome::Updated)
        return Outcome::Updated;
    return Outcome::Unchanged;
}

void KindBuilder::checkDateOrder(const ImportRecord &r, int start, int end, QList<RowProblem> &out)
{
    const auto *s = std::get_if<QByteArray>(&r[start]);
    const auto *e = std::get_if<QByteArray>(&r[end]);
    if (s && e && *e < *s) // ISO dates compare as text
        out.append({end, QCoreApplication::translate("ImportKind", "expected an end date on or after the start (%1), found %2")
                             .arg(QString::fromLatin1(*s), QString::fromLatin1(*e))});
}

std::vector<Cell> KindBuilder::withTrust(std::vector<Cell> cells, const ImportRecord &r, const std::vector<int> &trust)
{
    cells.push_back(Cell{"confidence", r[trust[0]]});
    cells.push_back(Cell{"confidence_note", r[trust[1]]});
    cells.push_back(Cell{"inferred_fields", r[trust[2]]});
    return cells;
}

} // namespace zhisuan::db
