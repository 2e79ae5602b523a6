#include "capacityparser.h"

#include "decimal.h"
#include "numberreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace zhisuan::db {

namespace {

// A compute unit as the power of ten that turns it into peta (P) and what it counts.
struct ComputeUnit
{
    int pow10;
    const char *measure;
};

ComputeUnit unitFor(const QString &prefix, const QString &tail)
{
    const QString t = tail.toUpper();
    const char *measure = "unspecified";
    if (t.contains(QLatin1String("FL")) || t.contains(QLatin1String("FLOPS")))
        measure = "FLOPS";
    else if (t.contains(QLatin1String("OPS")))
        measure = "OPS";
    if (prefix == QStringLiteral("亿亿次"))
        return {1, "OPS"}; // 1 亿亿次/s = 10^16 ops/s = 10 POPS
    if (prefix == QStringLiteral("万亿次"))
        return {-3, "OPS"};
    const QChar p = prefix.isEmpty() ? QChar() : prefix.at(0).toUpper();
    if (p == QLatin1Char('E'))
        return {3, measure};
    if (p == QLatin1Char('T'))
        return {-3, measure};
    return {0, measure}; // P
}

// Labels that make a figure a plan rather than what runs today.
bool isPlannedLabel(const QString &label)
{
    static const QStringList planned{
        QStringLiteral("二期"), QStringLiteral("三期"), QStringLiteral("短期"), QStringLiteral("远期"),
        QStringLiteral("最终"), QStringLiteral("后期"), QStringLiteral("总体"), QStringLiteral("完全建成"),
        QStringLiteral("建成后"), QStringLiteral("计划"), QStringLiteral("规划"), QStringLiteral("年达"),
        QStringLiteral("可达")};
    for (const QString &p : planned)
        if (label.contains(p))
            return true;
    return false;
}

// Figures that state the final size: the planned total is the largest of them.
bool isFinalLabel(const QString &label)
{
    static const QStringList final{QStringLiteral("远期"), QStringLiteral("最终"), QStringLiteral("总体"),
                                   QStringLiteral("完全建成"), QStringLiteral("建成后"), QStringLiteral("后期"),
                                   QStringLiteral("年达"), QStringLiteral("可达")};
    for (const QString &p : final)
        if (label.contains(p))
            return true;
    return false;
}

QString labelIn(const QString &segment)
{
    static const QRegularExpression label(QStringLiteral(
        "([一二三\\-－]期(?:规划|建设)?|短期|远期|最终|后期|总体|完全建成|建成后|计划|规划|\\d+\\s*年达|可达|训练|推理)"));
    QString found;
    auto it = label.globalMatch(segment);
    while (it.hasNext())
        found = it.next().captured(1); // the nearest label before the figure wins
    found.replace(QLatin1Char('-'), QStringLiteral("一")).replace(QChar(0xFF0D), QStringLiteral("一"));
    found.remove(QLatin1Char(' '));
    return found;
}

} // namespace

QString CapacityParser::precisionClass(const QString &precision)
{
    const QString p = precision.trimmed();
    if (p.isEmpty())
        return {};
    if (p.contains(QStringLiteral("混合")) || p.compare(QLatin1String("mixed"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("mixed");
    return p.toUpper();
}

CapacityParser::Status CapacityParser::statusFromCode(const QString &code)
{
    if (code == QLatin1String("operational"))
        return Status::Operational;
    if (code == QLatin1String("partial"))
        return Status::Partial;
    if (code == QLatin1String("construction"))
        return Status::Construction;
    if (code == QLatin1String("planned"))
        return Status::Planned;
    return Status::Unknown;
}

QString CapacityParser::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Parsed:
        return QStringLiteral("parsed");
    case Kind::NotCapacity:
        return QStringLiteral("not_capacity");
    case Kind::Missing:
        break;
    }
    return QStringLiteral("missing");
}

namespace {

// Full-width digits, point, signs and brackets as ASCII (１００Ｐ is 100P): the forms NumberReader knows for cells.
QString foldedText(const QString &textIn)
{
    QString text = QString::fromUtf8(NumberReader::fold(textIn.trimmed().toUtf8()));
    text.replace(QChar(0xFF0C), QLatin1Char(','));
    for (QChar &c : text)
        if (c.unicode() >= 0xFF21 && c.unicode() <= 0xFF5A) // full-width Latin letters: ＰＦＬＯＰＳ
            c = QChar(c.unicode() - 0xFF21 + 'A');

    return text;
}

// Every figure with a unit in the text, in order, each with its label and whether it is a plan.
QList<CapacityParser::Phase> readPhases(const QString &text, CapacityParser::Status status)
{
    using Status = CapacityParser::Status;
    QList<CapacityParser::Phase> phases;
    // A number followed by a unit: 100P, 100PFLOPS, 300P FLPOS, 1.14EopS, 800P OpS, 500POPS, 10 亿亿次, 10,000P (thousands
    // in groups of three, never read as 000P), 1.2万P (a Chinese magnitude before the unit).
    static const QRegularExpression figureRe(
        QStringLiteral("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(万|亿)?\\s*"
                       "(?:(亿亿次|万亿次)|([PETpet])\\s*((?:FL[OP]{2}S|FLOPS|OPS|FLOPs|OPs)?)(?![A-Za-z]))"
                       "(?:\\s*\\(?\\s*(FP16|FP32|FP64|FP8|INT8|INT4|BF16|TF32)\\s*\\)?)?"),
        QRegularExpression::CaseInsensitiveOption);

    // "40P 训练系统和 1.4P 推理系统": the system a figure belongs to follows it. It is part of that figure's label and
    // not a label of the next one.
    static const QRegularExpression roleRe(QStringLiteral("^\\s*(训练|推理)(系统|集群|算力)?"));
    const bool built = status == Status::Operational || status == Status::Partial;
    int last = 0;
    QString lastBase; // the previous figure's label without its system
    auto it = figureRe.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        CapacityParser::Phase phase;
        // Exact in decimal: the digits, the magnitude (万 = 10^4) and the unit's power of ten meet once, in one double.
        const auto written = Decimal::fromPlain(m.captured(1).remove(QLatin1Char(',')).toLatin1());
        const int magnitude = m.captured(2) == QStringLiteral("万") ? 4 : m.captured(2) == QStringLiteral("亿") ? 8 : 0;
        if (!written)
            continue;
        phase.value = written->shifted(magnitude).toDouble();
        const bool chinese = !m.captured(3).isEmpty();
        const QString prefix = chinese ? m.captured(3) : m.captured(4);
        const ComputeUnit unit = unitFor(prefix, chinese ? m.captured(3) : m.captured(5));
        phase.unit = (m.captured(2) + (chinese ? m.captured(3) : m.captured(4) + m.captured(5))).trimmed();
        phase.precision = m.captured(6).toUpper();
        // INT8 and INT4 figures count integer operations: OPS, whatever the unit says (500P(INT8) is 500 POPS).
        const bool integer = phase.precision.startsWith(QLatin1String("INT"));
        phase.measure = integer ? QStringLiteral("OPS") : QString::fromLatin1(unit.measure);
        phase.pflops = written->shifted(magnitude + unit.pow10).toDouble();
        phase.raw = m.captured(0).trimmed();
        const QString before = text.mid(last, m.capturedStart() - last);
        QString base = labelIn(before);
        if (base.isEmpty() && !phases.isEmpty() && !before.contains(QLatin1Char(','))
            && !before.contains(QLatin1Char('(')))
            base = lastBase; // "一期 100P(FP16)+5P(FP64)": same phase
        if (base.startsWith(QStringLiteral("一期")) || base.isEmpty() || base == QStringLiteral("训练")
            || base == QStringLiteral("推理"))
            phase.planned = !built; // the first phase of a centre still being built is a plan
        else
            phase.planned = isPlannedLabel(base);
        if (before.contains(QLatin1Char('(')) && !before.contains(QLatin1Char(')')) && base.isEmpty())
            phase.planned = true;
        phase.label = base;
        last = int(m.capturedEnd());
        if (const auto role = roleRe.match(text.mid(last)); role.hasMatch()) {
            const QString system = role.captured(1) + (role.captured(2).isEmpty() ? QStringLiteral("系统") : role.captured(2));
            phase.label = base.isEmpty() || base == role.captured(1) ? system : base + QLatin1Char(' ') + system;
            last += int(role.capturedEnd());
        }
        lastBase = base;
        phases.append(phase);
    }

    return phases;
}

// The totals: the figures grouped by measure and precision, the headline FLOPS and OPS figures.
void totalUp(CapacityParser::Result &result)
{
    using Total = CapacityParser::Total;
    using Phase = CapacityParser::Phase;
    // Group the figures by measure and precision, in the order they appear; each group's current and planned
    // figures follow the same rule: current = the figures that run today; planned = the largest final figure,
    // else current + the planned phases.
    struct Group
    {
        Total total;
        double current = 0, additional = 0, finalMax = -1;
        bool anyCurrent = false, anyAdditional = false;
    };
    QList<Group> groups;
    const QString centrePrecision = CapacityParser::precisionClass(result.precision);
    for (const Phase &p : std::as_const(result.phases)) {
        const QString precision = p.precision.isEmpty() ? centrePrecision : CapacityParser::precisionClass(p.precision);
        const bool integer = precision.startsWith(QLatin1String("INT"));
        const QString measure = p.measure == QLatin1String("OPS") || integer ? QStringLiteral("OPS") : QStringLiteral("FLOPS");
        Group *g = nullptr;
        for (Group &candidate : groups)
            if (candidate.total.measure == measure && candidate.total.precision == precision)
                g = &candidate;
        if (!g) {
            groups.append(Group{Total{measure, precision, {}, {}}});
            g = &groups.last();
        }
        if (!p.planned) {
            g->current += p.pflops;
            g->anyCurrent = true;
        } else if (isFinalLabel(p.label)) {
            g->finalMax = qMax(g->finalMax, p.pflops);
        } else {
            g->additional += p.pflops;
            g->anyAdditional = true;
        }
    }
    for (Group &g : groups) {
        if (g.anyCurrent)
            g.total.current = g.current;
        if (g.finalMax >= 0)
            g.total.planned = qMax(g.finalMax, g.current + g.additional);
        else if (g.anyAdditional)
            g.total.planned = g.current + g.additional;
    }
    // The headline is the first FLOPS group; it goes first in totals.
    for (int i = 0; i < groups.size(); ++i) {
        if (groups[i].total.measure != QLatin1String("FLOPS"))
            continue;
        result.currentPflops = groups[i].total.current;
        result.plannedPflops = groups[i].total.planned;
        result.headlinePrecision = groups[i].total.precision;
        groups.move(i, 0);
        break;
    }
    for (const Group &g : std::as_const(groups)) {
        if (g.total.measure == QLatin1String("OPS") && !result.currentPops && !result.plannedPops) {
            result.currentPops = g.total.current;
            result.plannedPops = g.total.planned;
        }
        result.totals.append(g.total);
    }
}

} // namespace

CapacityParser::Result CapacityParser::parse(const QString &textIn, Status status)
{
    Result result;
    const QString text = foldedText(textIn);
    result.phases = readPhases(text, status);
    static const QRegularExpression precisionRe(QStringLiteral("(FP16|FP32|FP64|FP8|INT8|INT4|BF16|TF32|混合精度)"),
                                                QRegularExpression::CaseInsensitiveOption);
    const auto precision = precisionRe.match(text);
    if (precision.hasMatch()) {
        result.precision = precision.captured(1);
        if (result.precision.compare(QStringLiteral("混合精度")) != 0)
            result.precision = result.precision.toUpper();
    }

    if (result.phases.isEmpty()) {
        static const QRegularExpression digit(QStringLiteral("\\d"));
        if (text.contains(digit)) {
            result.kind = Kind::NotCapacity;
            result.note = QCoreApplication::translate("CapacityParser",
                                                      "not a compute figure (no FLOPS/OPS unit): kept as text");
        } else {
            result.kind = Kind::Missing;
        }
        return result;
    }
    result.kind = Kind::Parsed;

    totalUp(result);
    return result;
}

} // namespace zhisuan::db
