#include "headermapper.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace zhisuan::db {

namespace {

struct AliasHit
{
    int field;
    int pow10;
};

QHash<QString, AliasHit> aliasTable(const ImportKind &kind)
{
    QHash<QString, AliasHit> table;
    for (int i = 0; i < kind.fields.size(); ++i)
        for (const HeaderAlias &a : kind.fields[i].aliases)
            table.insert(normaliseHeader(a.header), AliasHit{i, a.pow10});
    return table;
}

// The header's unit for a field of `quantity`: its power of ten, or why the field cannot take it.
bool unitFor(const ExportHeader &parsed, Quantity quantity, int *pow10, QString *problem)
{
    *pow10 = 0;
    if (parsed.unit.isEmpty())
        return true;
    const Unit *unit = UnitVocabulary::find(parsed.unit);
    if (unit && unit->magnitudeOnly && quantity == Quantity::Plain) {
        *pow10 = unit->pow10;
        return true;
    }
    if (unit && UnitVocabulary::fits(quantity, *unit)) {
        *pow10 = unit->pow10;
        return true;
    }
    const QStringList takes = UnitVocabulary::spellingsFor(quantity);
    *problem = unit ? QCoreApplication::translate("HeaderMapper", "expected a unit for %1 (%2), found “%3”")
                          .arg(UnitVocabulary::describe(quantity), takes.isEmpty() ? QStringLiteral("—") : takes.join(QStringLiteral(", ")),
                               parsed.unit)
                    : QCoreApplication::translate("HeaderMapper", "expected a unit for %1 (%2), found “%3”, a unit ZhiSuan does not know: "
                                                                  "export the column in one of those units, or mark it not to import")
                          .arg(UnitVocabulary::describe(quantity), takes.isEmpty() ? QStringLiteral("—") : takes.join(QStringLiteral(", ")),
                               parsed.unit);
    return false;
}

QRegularExpressionMatch unitLikeSuffix(const QString &header)
{
    static const QRegularExpression bracket(QStringLiteral("^(.+?)\\s*[(（]\\s*([^()（）\\d]{1,8})\\s*[)）]\\s*$"));
    return bracket.match(header);
}

} // namespace

HeaderMatch HeaderMapper::map(const ImportKind &kind, const QStringList &header, const UserPreset *preset,
                              const QStringList &ignoreColumns)
{
    const auto aliases = aliasTable(kind);
    HeaderMatch match;
    QSet<int> used;
    for (int c = 0; c < header.size(); ++c) {
        ColumnMapping m;
        m.column = c;
        m.header = header[c];
        m.parsed = parseExportHeader(header[c]);
        m.measure = isMeasureHeader(header[c]);
        if (ignoreColumns.contains(header[c].trimmed()))
            m.ignored = true;
        bool byPreset = false;
        if (preset) {
            // "-" in a mapping means: do not import this column, whatever its header says.
            const auto it = preset->mapping.constFind(header[c].trimmed());
            if (it != preset->mapping.constEnd()) {
                m.ignored = m.ignored || *it == QLatin1String("-");
                m.field = m.ignored ? -1 : kind.field(*it);
                byPreset = m.field >= 0;
            }
        }
        if (m.ignored) {
            m.field = -1;
            match.columns.append(m);
            continue;
        }
        // The whole header first (an alias may spell a unit the vocabulary has no word for: FP16算力(TFLOPS)), then its
        // name without unit and parameters, whose unit must then fit the field.
        bool unitChecked = false;
        if (m.field < 0) {
            if (const auto it = aliases.constFind(normaliseHeader(header[c])); it != aliases.constEnd()) {
                m.field = it->field;
                m.pow10 = it->pow10;
                unitChecked = true;
            } else if (const auto base = aliases.constFind(normaliseHeader(m.parsed.base)); base != aliases.constEnd()) {
                m.field = base->field;
                m.pow10 = base->pow10;
            } else if (const auto bracket = unitLikeSuffix(m.parsed.base); bracket.hasMatch()) {
                // 收盘价(英镑): a number field's name with a bracketed word the vocabulary does not know is that field in
                // an unknown unit (refused below at this cell), not a column to leave out.
                const auto it = aliases.constFind(normaliseHeader(bracket.captured(1)));
                if (it != aliases.constEnd() && kind.fields[it->field].quantity != Quantity::Plain) {
                    m.field = it->field;
                    m.parsed.base = bracket.captured(1).trimmed();
                    m.parsed.unit = bracket.captured(2).trimmed();
                    m.parsed.unitFromParameter = true;
                }
            }
        }
        if (m.field >= 0 && !unitChecked) {
            const FieldSpec &f = kind.fields[m.field];
            const bool numeric = f.type == FieldType::Real || f.type == FieldType::Integer || f.type == FieldType::Percent;
            int pow10 = 0;
            QString problem;
            if (numeric && !unitFor(m.parsed, f.quantity, &pow10, &problem))
                match.problems.append({c, problem});
            else if (!numeric && !m.parsed.unit.isEmpty() && !byPreset && !m.parsed.unitFromParameter)
                m.field = -1; // 日期(万股) is not the date column
            m.pow10 += pow10;
        }
        if (m.field >= 0 && used.contains(m.field))
            m.field = -1; // the first column for a field wins
        if (m.field >= 0) {
            used.insert(m.field);
            ++match.score;
        } else if (kind.takesExtraColumns && !normaliseHeader(header[c]).isEmpty()
                   && (!kind.acceptsExtra || kind.acceptsExtra(m.parsed))) {
            m.extra = true;
            if (kind.extraQuantity) {
                QString problem;
                int pow10 = 0;
                if (!unitFor(m.parsed, kind.extraQuantity(m.parsed), &pow10, &problem))
                    match.problems.append({c, problem});
                m.pow10 = pow10;
            }
        } else if (m.measure) {
            ++match.unmappedMeasures;
        }
        match.columns.append(m);
    }
    // For table-shaped kinds (a benchmark matrix, 2021EPS columns) the value columns are part of the evidence.
    for (const ColumnMapping &m : std::as_const(match.columns)) {
        if (m.extra) {
            ++match.score;
            break;
        }
    }
    return match;
}

} // namespace zhisuan::db
