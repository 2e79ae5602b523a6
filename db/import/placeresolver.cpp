#include "placeresolver.h"

#include "localnames.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QStringList>

#include <algorithm>

namespace zhisuan::db {

namespace {

struct Tables
{
    QHash<QString, PlaceResolver::Place> cities;
    QHash<QString, QString> englishNames; // city -> its English name
    QStringList names;                   // longest first
    QHash<QChar, QStringList> namesByFirst; // the same, by first character: a text is searched at every position
    QList<std::pair<QString, QString>> aliases; // alias -> city, longest alias first
    QStringList provinces;
};

QList<QStringList> readCsv(const QString &path)
{
    QFile f(path);
    QList<QStringList> rows;
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    bool header = true;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        if (header) {
            header = false;
            continue;
        }
        rows << QString::fromUtf8(line.trimmed()).split(QLatin1Char(','));
    }
    return rows;
}

const Tables &tables()
{
    static const Tables t = [] {
        Tables t;
        for (const QStringList &r : readCsv(QStringLiteral(":/geo/china-cities.csv"))) {
            if (r.size() < 5)
                continue;
            PlaceResolver::Place p{r[1], r[2], r[0], r[3].toDouble(), r[4].toDouble(), {}};
            t.cities.insert(p.city, p);
            t.names << p.city;
            if (!t.provinces.contains(p.province))
                t.provinces << p.province;
        }
        std::sort(t.names.begin(), t.names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &name : std::as_const(t.names))
            if (!name.isEmpty())
                t.namesByFirst[name.front()] << name;
        for (const QStringList &r : readCsv(QStringLiteral(":/geo/china-cities-en.csv")))
            if (r.size() >= 3)
                t.englishNames.insert(r[1], r[2]);
        for (const QStringList &r : readCsv(QStringLiteral(":/geo/place-aliases.csv")))
            if (r.size() >= 2)
                t.aliases.append({r[0], r[1]});
        std::sort(t.aliases.begin(), t.aliases.end(),
                  [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
        return t;
    }();
    return t;
}

} // namespace

int PlaceResolver::cityCount()
{
    return int(tables().cities.size());
}

QString PlaceResolver::cityLabel(const QString &name, const QLocale &locale)
{
    return LocalNames::pick(name, tables().englishNames.value(name), locale);
}

std::optional<PlaceResolver::Place> PlaceResolver::city(const QString &name)
{
    const auto &t = tables();
    const auto it = t.cities.constFind(name);
    if (it == t.cities.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<PlaceResolver::Place> PlaceResolver::resolve(const QString &textIn)
{
    const auto &t = tables();
    const QString text = textIn.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    std::optional<Place> found;
    // 1. The earliest city name in the text, longest name first at each position; a name followed by 省 is
    //    a province ("吉林省", or the source's own slip "广州省珠海市"), not the city.
    // Only the names that start with the character at pos can match there (10,000 unplaced centres took 0.2 s
    // when every name was tried at every position).
    for (int pos = 0; pos < text.size() && !found; ++pos) {
        const auto candidates = t.namesByFirst.constFind(text.at(pos));
        if (candidates == t.namesByFirst.constEnd())
            continue;
        for (const QString &name : *candidates) {
            if (!QStringView(text).mid(pos).startsWith(name))
                continue;
            if (pos + name.size() < text.size() && text.at(pos + name.size()) == QChar(0x7701 /*省*/))
                continue;
            found = t.cities.value(name);
            break;
        }
    }
    // 2. Counties, districts and new areas of a city.
    if (!found) {
        for (const auto &[alias, cityName] : t.aliases) {
            if (text.contains(alias)) {
                found = t.cities.value(cityName);
                found->note = QCoreApplication::translate("PlaceResolver", "%1 is in %2").arg(alias, cityName);
                break;
            }
        }
    }
    if (!found)
        return std::nullopt;
    // 3. A province named in the text that is not the city's: keep the city's, say so.
    for (const QString &province : t.provinces) {
        if (province != found->province && text.startsWith(province)) {
            const QString said = QCoreApplication::translate("PlaceResolver", "the source says %1, %2 is in %3")
                                     .arg(province, found->city, found->province);
            found->note = found->note.isEmpty() ? said : found->note + QStringLiteral("; ") + said;
            break;
        }
    }
    return found;
}

} // namespace zhisuan::db
