#include "placeresolver.h"

#include <QFile>
#include <QTest>

using zhisuan::db::PlaceResolver;

class TestPlaceResolver : public QObject
{
    Q_OBJECT
private slots:
    void bundledCities() { QCOMPARE(PlaceResolver::cityCount(), 367); }

    // English pages name cities in English: pinyin read as a place name (重庆 is Chongqing, not Zhongqing; 六安 Lu'an),
    // the usual name where it is not pinyin; Chinese pages keep the stored name; a name not in the table stays as given.
    void cityLabelsFollowTheLanguage()
    {
        const QLocale en(QLocale::English), zh(QLocale::Chinese, QLocale::China);
        QCOMPARE(PlaceResolver::cityLabel(QStringLiteral("西安"), en), QStringLiteral("Xi'an"));
        QCOMPARE(PlaceResolver::cityLabel(QStringLiteral("重庆"), en), QStringLiteral("Chongqing"));
        QCOMPARE(PlaceResolver::cityLabel(QStringLiteral("六安"), en), QStringLiteral("Lu'an"));
        QCOMPARE(PlaceResolver::cityLabel(QStringLiteral("长沙"), en), QStringLiteral("Changsha"));
        QCOMPARE(PlaceResolver::cityLabel(QStringLiteral("乌兰察布"), en), QStringLiteral("Ulanqab"));
        QCOMPARE(PlaceResolver::cityLabel(QStringLiteral("喀什"), en), QStringLiteral("Kashgar"));
        QCOMPARE(PlaceResolver::cityLabel(QStringLiteral("西安"), zh), QStringLiteral("西安"));
        QCOMPARE(PlaceResolver::cityLabel(QStringLiteral("某地"), en), QStringLiteral("某地"));
        // Every bundled city has an English name, in Latin letters.
        QFile cities(QStringLiteral(":/geo/china-cities.csv"));
        QVERIFY(cities.open(QIODevice::ReadOnly));
        cities.readLine();
        int named = 0;
        while (!cities.atEnd()) {
            const QString city = QString::fromUtf8(cities.readLine()).section(u',', 1, 1);
            const QString label = PlaceResolver::cityLabel(city, en);
            QVERIFY2(!label.isEmpty() && label != city, qPrintable(city));
            for (const QChar c : label)
                QVERIFY2(c.script() == QChar::Script_Latin || c.script() == QChar::Script_Common || c.script() == QChar::Script_Inherited,
                         qPrintable(city + u' ' + label));
            ++named;
        }
        QCOMPARE(named, 367);
    }

    // Every location of the seed centre table (004 表1) and Harbin (001), as written.
    void seedLocations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("province");
        QTest::addColumn<QString>("note");
        const QList<std::tuple<const char *, const char *, const char *, const char *>> rows{
            {"山东省青岛市崂山区", "青岛", "山东", ""}, {"湖南省长沙市", "长沙", "湖南", ""}, {"四川省达州市", "达州", "四川", ""},
            {"湖北省宜昌市", "宜昌", "湖北", ""}, {"安徽省芜湖市", "芜湖", "安徽", ""}, {"安徽省合肥市", "合肥", "安徽", ""},
            {"北京市门头沟区", "北京", "北京", ""}, {"河南省郑州市", "郑州", "河南", ""}, {"陕西省西安市雁塔区", "西安", "陕西", ""},
            {"四川省成都市", "成都", "四川", ""}, {"湖北省武汉市东湖区", "武汉", "湖北", ""}, {"重庆科学城", "重庆", "重庆", ""},
            {"湖南省长沙市高新区", "长沙", "湖南", ""}, {"广州省珠海市横琴区", "珠海", "广东", ""}, {"浙江省杭州市", "杭州", "浙江", ""},
            {"江苏省南京市", "南京", "江苏", ""}, {"山东省济南市", "济南", "山东", ""}, {"天津市河北区", "天津", "天津", ""},
            {"河南省廊坊经济开发区", "廊坊", "河北", "the source says 河南, 廊坊 is in 河北"}, {"辽宁省大连市", "大连", "辽宁", ""},
            {"辽宁省沈阳市", "沈阳", "辽宁", ""}, {"广西省南宁市", "南宁", "广西", ""}, {"广东省深圳市龙岗区", "深圳", "广东", ""},
            {"广东省广州市", "广州", "广东", ""}, {"陕西省阳泉市", "阳泉", "山西", "the source says 陕西, 阳泉 is in 山西"},
            {"盐城市盐南高新区", "盐城", "江苏", ""}, {"沈阳市皇姑区", "沈阳", "辽宁", ""}, {"安徽合肥", "合肥", "安徽", ""},
            {"上海自贸区临港新片区", "上海", "上海", ""}, {"上海市松江区", "上海", "上海", ""}, {"合肥高新区", "合肥", "安徽", ""},
            {"江苏省无锡市", "无锡", "江苏", ""}, {"安徽省宿州市", "宿州", "安徽", ""}, {"浙江省青田县", "丽水", "浙江", "青田 is in 丽水"},
            {"新疆克拉玛依市", "克拉玛依", "新疆", ""}, {"江苏省昆山市", "苏州", "江苏", "昆山 is in 苏州"},
            {"河北省张家口市张北县", "张家口", "河北", ""}, {"上海市金山区", "上海", "上海", ""},
            {"内蒙古乌兰察布市", "乌兰察布", "内蒙古", ""}, {"宁波市高新区", "宁波", "浙江", ""}, {"福建省福州新区", "福州", "福建", ""},
            {"武汉市武昌区", "武汉", "湖北", ""}, {"哈尔滨", "哈尔滨", "黑龙江", ""}, {"北京", "北京", "北京", ""},
            {"北京北重科技文化产业园", "北京", "北京", ""}, {"北京市丰台区", "北京", "北京", ""}, {"韶关市武江区", "韶关", "广东", ""},
            {"深圳", "深圳", "广东", ""}, {"黑龙江省哈尔滨市", "哈尔滨", "黑龙江", ""}, {"吉林省长春市", "长春", "吉林", ""}};
        for (const auto &[text, city, province, note] : rows)
            QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(city) << QString::fromUtf8(province) << QString::fromUtf8(note);
    }
    void seedLocations()
    {
        QFETCH(QString, text);
        QFETCH(QString, city);
        QFETCH(QString, province);
        QFETCH(QString, note);
        const auto place = PlaceResolver::resolve(text);
        QVERIFY(place.has_value());
        QCOMPARE(place->city, city);
        QCOMPARE(place->province, province);
        QCOMPARE(place->note, note);
        QVERIFY(place->lon > 73 && place->lon < 136 && place->lat > 17 && place->lat < 54);
    }

    void unknownPlacesAreNotGuessed()
    {
        QVERIFY(!PlaceResolver::resolve(QStringLiteral("火星基地")).has_value());
        QVERIFY(!PlaceResolver::resolve(QStringLiteral("/")).has_value());
        QVERIFY(!PlaceResolver::resolve(QString()).has_value());
    }
};

QTEST_GUILESS_MAIN(TestPlaceResolver)
#include "tst_placeresolver.moc"
