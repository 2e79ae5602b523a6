#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace zhisuan::db {

// Finds the prefecture-level city of a place as the sources write it ("山东省青岛市崂山区", "重庆科学城",
// "浙江省青田县", "广州省珠海市横琴区"), from the bundled city table (resources/geo/china-cities.csv) and the
// county/district aliases of resources/geo/place-aliases.csv. The province is the city's own: a source that
// names the wrong province ("陕西省阳泉市") is corrected and the correction noted.
class PlaceResolver
{
public:
    struct Place
    {
        QString city;
        QString province;
        QString adcode;
        double lon = 0;
        double lat = 0;
        QString note; // how it was resolved, when not plainly
    };

    static std::optional<Place> resolve(const QString &text);
    static std::optional<Place> city(const QString &name);
    static int cityCount();
    // A city's name in the interface language: the stored (Chinese) name in Chinese, its usual English name
    // otherwise (西安 → Xi'an, 喀什 → Kashgar; resources/geo/china-cities-en.csv); a name not in the table as given.
    static QString cityLabel(const QString &name, const QLocale &locale = QLocale());
};

} // namespace zhisuan::db
