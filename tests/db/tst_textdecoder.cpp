// The encoding decision of the import (TextDecoder::Evidence, through ImportInput as ImportJob::plan uses it):
// a file is decided from every line, read back exactly, and a file that mixes UTF-8 and GBK lines is refused at
// its first line that does not fit. Hand-written shapes first, then generated files (seeded; a failure prints
// the seed and keeps the file).

#include "importinput.h"
#include "textdecoder.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <iconv.h>

using namespace zhisuan::db;

namespace {

// Names as Wind and iFinD write them (all GB2312), A-share securities, indices and 申万 industries.
const QStringList kNames = QStringLiteral(
    "贵州茅台 宁德时代 中国平安 招商银行 比亚迪 科大讯飞 寒武纪 海光信息 中科曙光 浪潮信息 紫光股份 金山办公 用友网络 "
    "恒生电子 东方财富 同花顺 中际旭创 新易盛 天孚通信 工业富联 润和软件 拓维信息 软通动力 优博讯 安博通 深信服 三六零 "
    "昆仑万维 万兴科技 光线传媒 蓝色光标 汤姆猫 捷成股份 中文在线 掌阅科技 视觉中国 因赛集团 海天瑞声 云从科技 格灵深瞳 "
    "虹软科技 当虹科技 石基信息 中国软件 太极股份 神州数码 华胜天成 航天信息 易华录 数据港 光环新网 奥飞数据 宝信软件 "
    "润泽科技 中兴通讯 烽火通信 光迅科技 华工科技 剑桥科技 联特科技 源杰科技 长光华芯 沪电股份 胜宏科技 生益科技 景旺电子 "
    "鹏鼎控股 北方华创 中微公司 拓荆科技 华海清科 澜起科技 兆易创新 韦尔股份 卓胜微 圣邦股份 紫光国微 复旦微电 龙芯中科 "
    "国芯科技 芯原股份 瑞芯微 全志科技 晶晨股份 恒玄科技 乐鑫科技 中科创达 德赛西威 经纬恒润 四维图新 千方科技 海康威视 "
    "大华股份 萤石网络 上证指数 深证成指 创业板指 沪深300 科创50 中证500")
                               .split(QLatin1Char(' '));
const QStringList kIndustries = QStringLiteral(
    "煤炭 计算机 传媒 通信 电子 银行 非银金融 医药生物 食品饮料 家用电器 汽车 电力设备 机械设备 国防军工 有色金属 "
    "基础化工 钢铁 建筑材料 建筑装饰 房地产 交通运输 公用事业 石油石化 农林牧渔 纺织服饰 轻工制造 商贸零售 社会服务 "
    "美容护理 环保 综合")
                                    .split(QLatin1Char(' '));

QByteArray encode(const QString &text, const char *encoding)
{
    const QByteArray utf8 = text.toUtf8();
    if (qstrcmp(encoding, "UTF-8") == 0)
        return utf8;
    iconv_t cd = iconv_open(encoding, "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1))
        return {};
    QByteArray out(utf8.size() * 4 + 16, '\0');
    char *in = const_cast<char *>(utf8.constData());
    size_t inLeft = size_t(utf8.size()), outLeft = size_t(out.size());
    char *o = out.data();
    const bool ok = iconv(cd, &in, &inLeft, &o, &outLeft) != size_t(-1);
    iconv_close(cd);
    if (!ok)
        return {};
    out.resize(o - out.data());
    return out;
}

QByteArray gbk(const QString &text)
{
    return encode(text, "GBK");
}

struct Outcome
{
    QString encoding;
    QString text;         // the whole file read as text, when it reads
    std::optional<Error> error;
};

// What the import does with the bytes: decide (or take `forced`), check, and read the text in windows.
Outcome importText(const QByteArray &bytes, qint64 window, const QString &forced = QString())
{
    const auto input = ImportInput::fromBytes(bytes);
    Outcome o;
    o.encoding = forced.isEmpty() ? input->detectEncoding(window) : forced;
    if (auto checked = input->check(o.encoding, window); !checked) {
        o.error = checked.error();
        return o;
    }
    TextStream stream(input, o.encoding, window, false);
    QByteArray text;
    while (stream.readInto(text)) {
    }
    if (stream.error())
        o.error = stream.error();
    o.text = QString::fromUtf8(text);
    return o;
}

QString describe(const std::optional<Error> &e)
{
    return e ? QStringLiteral("%1:%2: %3").arg(e->line).arg(e->column).arg(e->message) : QStringLiteral("(no error)");
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decides_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("text");   // the text read back (when it is not refused)
        QTest::addColumn<QString>("where");  // "line:column" of the refusal, or empty
        QTest::addColumn<QStringList>("says"); // what the refusal's message contains

        const QString weekly = QStringLiteral("证券代码,证券简称,周涨跌幅(%)\n300531.SZ,优博讯,18.31\n688168.SH,安博通,17.46\n");
        const QString header = QStringLiteral("code,name,return_pct\n");
        QTest::newRow("ascii") << QByteArray("code,name\n300531.SZ,ubx\n") << "UTF-8" << "code,name\n300531.SZ,ubx\n"
                               << QString() << QStringList();
        QTest::newRow("utf-8") << weekly.toUtf8() << "UTF-8" << weekly << QString() << QStringList();
        QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF") + weekly.toUtf8() << "UTF-8" << weekly << QString()
                                        << QStringList();
        QTest::newRow("gbk") << gbk(weekly) << "GB18030" << weekly << QString() << QStringList();
        // 煤炭 is C3 BA CC BF in GBK, which is valid UTF-8 (ú and a combining double overline): no Chinese file
        // says ú̿, so both rows are GBK although every byte of the file is UTF-8.
        {
            const QString text = header + QStringLiteral("801021.SI,煤炭,1.25\n801750.SI,计算机,-0.5\n");
            const QString shortText = header + QStringLiteral("801021.SI,煤炭,1.25\n");
            QVERIFY(TextDecoder::isValidUtf8(gbk(shortText)));
            QTest::newRow("gbk whose bytes are utf-8") << gbk(shortText) << "GB18030" << shortText << QString() << QStringList();
            QTest::newRow("gbk, one row's bytes are utf-8") << gbk(text) << "GB18030" << text << QString() << QStringList();
        }
        QTest::newRow("gb18030 four-byte 𠮷")
            << encode(header + QStringLiteral("688998.SH,𠮷野家,1.5\n300531.SZ,优博讯,18.31\n"), "GB18030") << "GB18030"
            << header + QStringLiteral("688998.SH,𠮷野家,1.5\n300531.SZ,优博讯,18.31\n") << QString() << QStringList();
        QTest::newRow("utf-16le with BOM") << encode(QChar(0xFEFF) + weekly, "UTF-16LE") << "UTF-16LE" << weekly << QString() << QStringList();
        QTest::newRow("utf-16be with BOM") << encode(QChar(0xFEFF) + weekly, "UTF-16BE") << "UTF-16BE" << weekly << QString() << QStringList();
        QTest::newRow("utf-16le without BOM") << encode(weekly, "UTF-16LE") << "UTF-16LE" << weekly << QString() << QStringList();
        QTest::newRow("utf-16be without BOM") << encode(weekly, "UTF-16BE") << "UTF-16BE" << weekly << QString() << QStringList();
        // NUL bytes that are not UTF-16: padding after UTF-8 text, one NUL in a cell.
        QTest::newRow("nul padding") << weekly.toUtf8() + QByteArray(16, '\0') << "UTF-8" << QString() << "4:1"
                                     << QStringList{QStringLiteral("NUL")};
        QTest::newRow("nul in a cell") << QStringLiteral("code,name\n300531.SZ,优博").toUtf8() + QByteArray(1, '\0') + "x\n"
                                       << "UTF-8" << QString() << "2:13" << QStringList{QStringLiteral("NUL")};
        // One stray byte in UTF-8 is a bad byte of a UTF-8 file, wherever it is.
        QTest::newRow("utf-8 with one bad byte")
            << QStringLiteral("证券代码,证券简称\n300531.SZ,优博").toUtf8() + "\xFF" + QStringLiteral("讯\n").toUtf8() << "UTF-8"
            << QString() << "2:13" << QStringList{QStringLiteral("expected UTF-8 text, found byte 0xFF")};
        // Mixed files: refused at the first line that is not the file's encoding (what most lines are).
        QTest::newRow("gbk with one utf-8 row")
            << gbk(QStringLiteral("证券代码,证券简称\n300531.SZ,优博讯\n")) + QStringLiteral("688168.SH,安博通\n").toUtf8()
                   + gbk(QStringLiteral("300474.SZ,景嘉微\n"))
            << "GB18030" << QString() << "3:11"
            << QStringList{QStringLiteral("line 3 is UTF-8 but the file is GB18030 (GBK)"), QStringLiteral("“安博通”")};
        QTest::newRow("utf-8 with one gbk row")
            << QStringLiteral("本周涨幅前五\n证券代码,证券简称\n300531.SZ,优博讯\n").toUtf8() + gbk(QStringLiteral("688168.SH,安博通\n"))
            << "UTF-8" << QString() << "4:11"
            << QStringList{QStringLiteral("line 4 is GB18030 (GBK) but the file is UTF-8"), QStringLiteral("“安博通”"),
                           QStringLiteral("the first is line 1")};
        // The GBK row here is valid UTF-8 too: only its plausibility gives it away.
        QTest::newRow("utf-8 with a gbk row that is valid utf-8")
            << QStringLiteral("行业名称,涨跌幅\n计算机,1.5\n传媒,2.5\n").toUtf8() + gbk(QStringLiteral("煤炭,0.5\n"))
            << "UTF-8" << QString() << "4:1" << QStringList{QStringLiteral("line 4 is GB18030 (GBK) but the file is UTF-8")};
        QTest::newRow("utf-8 BOM with a gbk row")
            << QByteArray("\xEF\xBB\xBF") + QStringLiteral("code,name\n").toUtf8() + gbk(QStringLiteral("300531.SZ,优博讯\n"))
            << "UTF-8" << QString() << "2:11" << QStringList{QStringLiteral("byte-order mark"), QStringLiteral("GB18030 (GBK)")};
        // As many lines of each: the first decides, the other is refused. Lone CRs end lines as in the CSV reader.
        QTest::newRow("one line each, CR line ends")
            << QByteArray("code,name\r") + gbk(QStringLiteral("300531.SZ,优博讯\r")) + QStringLiteral("688168.SH,安博通\r").toUtf8()
            << "GB18030" << QString() << "3:11" << QStringList{QStringLiteral("line 3 is UTF-8 but the file is GB18030 (GBK)")};
        QTest::newRow("CRLF")
            << QByteArray("code,name\r\n") + gbk(QStringLiteral("300531.SZ,优博讯\r\n300474.SZ,景嘉微\r\n"))
                   + QStringLiteral("688168.SH,安博通\r\n").toUtf8()
            << "GB18030" << QString() << "4:11" << QStringList{QStringLiteral("line 4 is UTF-8")};
        // Excel pads numbers with NBSP: 81 30 84 32 in GB18030 (a four-byte character, which UTF-8 never gives),
        // C2 A0 in UTF-8 (聽 read as GBK). A row whose only non-ASCII text is that padding still tells.
        {
            const QString title = QStringLiteral("创业板指(399006.SZ)\n交易日期,收盘价\n");
            const QString padded = QStringLiteral("2024-11-12,\u00A06.75\u00A0\n");
            QTest::newRow("gb18030 with NBSP") << encode(title + padded, "GB18030") << "GB18030" << title + padded << QString()
                                               << QStringList();
            QTest::newRow("gb18030 with a utf-8 row of NBSP")
                << encode(title + padded, "GB18030") + padded.toUtf8() << "GB18030" << QString() << "4:12"
                << QStringList{QStringLiteral("line 4 is UTF-8 but the file is GB18030 (GBK)")};
            // A GBK row whose only non-ASCII text is 微微 (CE A2 CE A2: valid UTF-8 for U+03A2, which Greek never
            // assigned), in a UTF-8 file (generator seed 1007).
            QTest::newRow("utf-8 with a gbk row of 微微")
                << (title + padded).toUtf8() + encode(QStringLiteral("301906.SZ,微微,4.79\n"), "GB18030") << "UTF-8" << QString()
                << "4:11" << QStringList{QStringLiteral("line 4 is GB18030 (GBK) but the file is UTF-8")};
            // A UTF-8 row whose only foreign text is − (U+2212, E2 88 92: not GB18030) in a GB18030 file is named
            // as the UTF-8 row it is, not as a bad byte (generator seed 1011).
            QTest::newRow("gb18030 with a utf-8 row of U+2212")
                << encode(title + padded, "GB18030") + QStringLiteral("2024-11-13,\u221283.7166\n").toUtf8() << "GB18030"
                << QString() << "4:12" << QStringList{QStringLiteral("line 4 is UTF-8 but the file is GB18030 (GBK)")};
            // One NBSP is the whole evidence (generator seed 37: 2024-05-15,…,\u00A01.10,83.9).
            const QString onePad = QStringLiteral("2024-11-13,559,\u00A01.10,83.9\n");
            QTest::newRow("gb18030 with a utf-8 row of one NBSP")
                << encode(title + padded, "GB18030") + onePad.toUtf8() << "GB18030" << QString() << "4:16"
                << QStringList{QStringLiteral("line 4 is UTF-8 but the file is GB18030 (GBK)")};
            QTest::newRow("utf-8 with a gb18030 row of NBSP")
                << (title + padded).toUtf8() + encode(padded, "GB18030") << "UTF-8" << QString() << "4:12"
                << QStringList{QStringLiteral("line 4 is GB18030 (GBK) but the file is UTF-8")};
        }
        // Traditional Chinese from a Hong Kong terminal: neither UTF-8 nor GBK reads it as text; uchardet names it.
        {
            const QString big5 = QStringLiteral("證券代碼,證券簡稱,漲跌幅\n0700.HK,騰訊控股,1.25\n9988.HK,阿里巴巴－ＳＷ,2.5\n"
                                                "3690.HK,美團－Ｗ,-0.5\n1810.HK,小米集團－Ｗ,3.0\n0981.HK,中芯國際,1.5\n");
            QTest::newRow("big5") << encode(big5, "BIG5") << "BIG5" << big5 << QString() << QStringList();
        }
    }

    void decides()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, text);
        QFETCH(QString, where);
        QFETCH(QStringList, says);
        QVERIFY(!bytes.isEmpty());
        // Every window size from one byte up reaches the same decision, text and error.
        for (const qint64 window : {qint64(1), qint64(2), qint64(3), qint64(7), qint64(64), ImportInput::kWindowBytes}) {
            const Outcome o = importText(bytes, window);
            const QString context = QStringLiteral("window %1: %2").arg(window).arg(describe(o.error));
            QVERIFY2(o.encoding == encoding, qPrintable(context + QStringLiteral(" decided ") + o.encoding));
            if (where.isEmpty()) {
                QVERIFY2(!o.error, qPrintable(context));
                QCOMPARE(o.text, text);
            } else {
                QVERIFY2(o.error, qPrintable(context));
                QCOMPARE(QStringLiteral("%1:%2").arg(o.error->line).arg(o.error->column), where);
                for (const QString &s : says)
                    QVERIFY2(o.error->message.contains(s), qPrintable(context));
            }
        }
        // The same from the bytes in memory (zhisuan csv).
        QString detected;
        const auto whole = TextDecoder::toUtf8Detected(bytes, &detected);
        QCOMPARE(detected, encoding);
        QCOMPARE(TextDecoder::detect(bytes), encoding);
        if (where.isEmpty()) {
            QVERIFY2(whole.ok(), qPrintable(whole.ok() ? QString() : whole.error().message));
            QCOMPARE(QString::fromUtf8(whole.value()), text);
        } else {
            QVERIFY(!whole.ok());
            QCOMPARE(QStringLiteral("%1:%2").arg(whole.error().line).arg(whole.error().column), where);
        }
    }

    // A chosen encoding is how the file is read; a line that is evidently the other of UTF-8 and GBK still refuses
    // it (it could only be stored as mojibake), saying that the encoding was chosen.
    void chosenEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QStringList>("says");
        const QByteArray mixed = gbk(QStringLiteral("证券代码,证券简称\n300531.SZ,优博讯\n")) + QStringLiteral("688168.SH,安博通\n").toUtf8();
        QTest::newRow("gb18030 on a mixed file") << mixed << "GB18030" << "3:11"
                                                 << QStringList{QStringLiteral("line 3 is UTF-8 but the file is GB18030 (GBK)")};
        QTest::newRow("gbk on a mixed file") << mixed << "gbk" << "3:11" << QStringList{QStringLiteral("line 3 is UTF-8 but the file is")};
        QTest::newRow("utf-8 on a mixed file") << mixed << "UTF-8" << "1:1"
                                               << QStringList{QStringLiteral("line 1 is GB18030 (GBK) but the file is read as UTF-8, as chosen")};
        QTest::newRow("utf-8 on a gbk file") << gbk(QStringLiteral("证券代码,证券简称\n")) << "UTF-8" << "1:1"
                                             << QStringList{QStringLiteral("line 1 is GB18030 (GBK) but the file is read as UTF-8"),
                                                            QStringLiteral("“证券代码”"), QStringLiteral("choose GB18030 (GBK)")};
        QTest::newRow("utf8 on a gbk file whose bytes are utf-8") << gbk(QStringLiteral("行业,涨跌幅\n煤炭,1.5\n")) << "utf8" << "1:1"
                                                                  << QStringList{QStringLiteral("is GB18030 (GBK)")};
        QTest::newRow("gb18030 on a gbk file") << gbk(QStringLiteral("证券代码,证券简称\n")) << "GB18030" << QString() << QStringList();
        QTest::newRow("utf-8 on a utf-8 file") << QStringLiteral("证券代码,证券简称\n").toUtf8() << "UTF-8" << QString() << QStringList();
        // Other encodings are read as they are: no line is weighed against them.
        QTest::newRow("big5 on a gbk file") << gbk(QStringLiteral("代码\n")) << "BIG5" << QString() << QStringList();
    }

    void chosenEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, chosen);
        QFETCH(QString, where);
        QFETCH(QStringList, says);
        const Outcome o = importText(bytes, 5, chosen);
        const auto memory = TextDecoder::toUtf8(bytes, chosen);
        if (where.isEmpty()) {
            QVERIFY2(!o.error, qPrintable(describe(o.error)));
            QVERIFY(memory.ok());
            return;
        }
        QVERIFY(o.error);
        QCOMPARE(QStringLiteral("%1:%2").arg(o.error->line).arg(o.error->column), where);
        for (const QString &s : says)
            QVERIFY2(o.error->message.contains(s), qPrintable(o.error->message));
        QVERIFY(!memory.ok());
        QCOMPARE(memory.error().message, o.error->message);
    }

    // The evidence is the same whatever pieces the bytes arrive in (windows end anywhere: inside a character,
    // between CR and LF, inside a BOM).
    void evidenceInPieces()
    {
        QRandomGenerator random(24);
        const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + QStringLiteral("代码,名称\r\n300531.SZ,优博讯\r\n").toUtf8()
            + gbk(QStringLiteral("688168.SH,安博通\r")) + QStringLiteral("688998.SH,𠮷野家\n").toUtf8();
        TextDecoder::Evidence whole(bytes);
        whole.add(bytes);
        whole.finish();
        const auto expected = whole.foreignLine(whole.encoding());
        QVERIFY(expected);
        QCOMPARE(expected->line, 3);
        for (int round = 0; round < 200; ++round) {
            TextDecoder::Evidence pieces(bytes);
            for (qsizetype at = 0; at < bytes.size();) {
                const qsizetype n = qMin<qsizetype>(bytes.size() - at, 1 + random.bounded(9));
                pieces.add(QByteArrayView(bytes).sliced(at, n));
                at += n;
            }
            pieces.finish();
            QCOMPARE(pieces.encoding(), whole.encoding());
            const auto got = pieces.foreignLine(pieces.encoding());
            QVERIFY(got);
            QCOMPARE(got->line, expected->line);
            QCOMPARE(got->column, expected->column);
            QCOMPARE(got->message, expected->message);
        }
    }

    void utf16WithoutBomNeedsItsNulPattern_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("le") << encode(QStringLiteral("a,b\n"), "UTF-16LE") << "UTF-16LE";
        QTest::newRow("be") << encode(QStringLiteral("a,b\n"), "UTF-16BE") << "UTF-16BE";
        QTest::newRow("le, mostly ideographs") << encode(QStringLiteral("一二三四五六七,1\n"), "UTF-16LE") << "UTF-16LE";
        // Fewer than one character in five is ASCII: the zero bytes' side and the text they read as decide
        // (generator seed 606: a centres table with a title and a footer).
        const QString centres = QStringLiteral("表2：全国智算中心建设情况\n中心名称,算力规模,建设情况\n"
                                               "顺和人工智能计算中心,６００Ｐ,建设中\n资料来源：各地政府网站\n");
        QTest::newRow("be, a table of centres") << encode(centres, "UTF-16BE") << "UTF-16BE";
        QTest::newRow("le, a table of centres") << encode(centres, "UTF-16LE") << "UTF-16LE";
        QTest::newRow("gb18030, a table of centres") << encode(centres, "GB18030") << QString();
        QTest::newRow("utf-8") << QByteArray("a,b\n") << QString();
        QTest::newRow("nul padding") << QByteArray("a,b\n1,2\n") + QByteArray(64, '\0') << QString();
        QTest::newRow("one nul") << QByteArray("a,b\n1,\0002\n", 10) << QString();
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << QString();
    }

    void utf16WithoutBomNeedsItsNulPattern()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QCOMPARE(TextDecoder::utf16WithoutBom(bytes), encoding);
    }

    // Generated files: random rows of security names, industries and numbers in every encoding, short and long, some
    // of them mixing GBK and UTF-8 from a random line on. Each is decided as written and read back exactly, or
    // refused at exactly its first foreign line. ZHISUAN_SEED=N repeats a run.
    void generatedFiles()
    {
        const quint32 seed = qEnvironmentVariableIsSet("ZHISUAN_SEED") ? quint32(qEnvironmentVariableIntValue("ZHISUAN_SEED"))
                                                                       : 20241112u;
        QRandomGenerator random(seed);
        auto pick = [&](const QStringList &list) { return list.at(random.bounded(int(list.size()))); };
        const QStringList titles{QStringLiteral("本周计算机板块个股涨跌幅前五名（单位：元，数据来源：同花顺iFinD）"),
                                 QStringLiteral("申万一级行业周涨跌幅"), QStringLiteral("创业板指(399006.SZ)")};
        const QStringList footers{QStringLiteral("数据来源：Wind"), QStringLiteral("资料来源：iFinD，2024 年 11 月 15 日"),
                                  QStringLiteral("注：涨跌幅区间为 2024 年 11 月 11 日至 2024 年 11 月 15 日")};
        struct Shape
        {
            const char *name;   // what the file is written in
            const char *codec;  // for iconv
            QByteArray bom;
            QString decided;
        };
        const QList<Shape> shapes{{"UTF-8", "UTF-8", {}, QStringLiteral("UTF-8")},
                                  {"UTF-8 with BOM", "UTF-8", QByteArray("\xEF\xBB\xBF"), QStringLiteral("UTF-8")},
                                  {"GBK", "GBK", {}, QStringLiteral("GB18030")},
                                  {"UTF-16LE", "UTF-16LE", {}, QStringLiteral("UTF-16LE")},
                                  {"UTF-16BE", "UTF-16BE", {}, QStringLiteral("UTF-16BE")},
                                  {"UTF-16LE with BOM", "UTF-16LE", QByteArray("\xFF\xFE"), QStringLiteral("UTF-16LE")},
                                  {"UTF-16BE with BOM", "UTF-16BE", QByteArray("\xFE\xFF"), QStringLiteral("UTF-16BE")}};
        int mixedFiles = 0, longFiles = 0;
        for (int file = 0; file < 400; ++file) {
            const Shape &shape = shapes.at(random.bounded(int(shapes.size())));
            const bool eightBit = qstrcmp(shape.codec, "UTF-16LE") != 0 && qstrcmp(shape.codec, "UTF-16BE") != 0;
            const QString eol = random.bounded(2) ? QStringLiteral("\r\n") : QStringLiteral("\n");
            const int rows = random.bounded(4) == 0 ? 200 + random.bounded(3000) : 1 + random.bounded(6);
            QStringList lines;
            if (random.bounded(2))
                lines << pick(titles);
            const bool industries = random.bounded(3) == 0;
            lines << (industries ? QStringLiteral("行业代码,行业名称,周涨跌幅(%),成交额(亿元)")
                                 : QStringLiteral("证券代码,证券简称,所属行业,周涨跌幅(%),收盘价(元)"));
            const int firstRow = int(lines.size());
            for (int r = 0; r < rows; ++r) {
                const QString pct = QString::number((random.bounded(4000) - 2000) / 100.0, 'f', 2);
                if (industries)
                    lines << QStringLiteral("801%1.SI,%2,%3,%4").arg(random.bounded(1000), 3, 10, QLatin1Char('0')).arg(pick(kIndustries), pct)
                                 .arg(random.bounded(100000) / 10.0, 0, 'f', 1);
                else
                    lines << QStringLiteral("%1.%2,%3,%4,%5%,%6")
                                 .arg(random.bounded(1000000), 6, 10, QLatin1Char('0'))
                                 .arg(random.bounded(2) ? QStringLiteral("SZ") : QStringLiteral("SH"), pick(kNames), pick(kIndustries), pct)
                                 .arg(random.bounded(100000) / 100.0, 0, 'f', 2);
            }
            if (random.bounded(2))
                lines << pick(footers);
            // A mixed file: from a random data row on, fewer than half of the file's lines are pasted in the other
            // 8-bit encoding.
            int foreignFrom = -1, foreignTo = -1;
            if (eightBit && rows >= 2 && random.bounded(3) == 0) {
                const int most = qMin((int(lines.size()) - 1) / 2, 5);
                foreignFrom = firstRow + random.bounded(rows);
                foreignTo = qMin(foreignFrom + 1 + random.bounded(most), firstRow + rows);
                ++mixedFiles;
            }
            longFiles += rows >= 200;
            QByteArray bytes = shape.bom;
            for (int i = 0; i < lines.size(); ++i) {
                const bool foreign = i >= foreignFrom && i < foreignTo;
                const char *codec = foreign ? (qstrcmp(shape.codec, "GBK") == 0 ? "UTF-8" : "GBK") : shape.codec;
                bytes += encode(lines.at(i) + eol, codec);
            }
            const QString text = lines.join(eol) + eol;
            const qint64 window = random.bounded(3) == 0 ? ImportInput::kWindowBytes : 1 + random.bounded(5000);
            const Outcome o = importText(bytes, window);

            const QString where = QStringLiteral("seed %1, file %2 (%3, %4 rows, window %5, foreign lines %6–%7): ")
                                      .arg(seed).arg(file).arg(QLatin1String(shape.name)).arg(rows).arg(window)
                                      .arg(foreignFrom + 1).arg(foreignTo);
            auto keep = [&]() {
                const QString path = QDir::temp().filePath(QStringLiteral("tst_textdecoder-%1-%2.csv").arg(seed).arg(file));
                QFile f(path);
                if (f.open(QIODevice::WriteOnly))
                    f.write(bytes);
                return where + describe(o.error) + QStringLiteral(" (the file is ") + path + QLatin1Char(')');
            };
            if (!(o.encoding == shape.decided))
                QFAIL(qPrintable(keep() + QStringLiteral(" decided ") + o.encoding));
            if (foreignFrom < 0) {
                if (o.error || o.text != text)
                    QFAIL(qPrintable(keep() + QStringLiteral(" text differs")));
                continue;
            }
            const QString line = lines.at(foreignFrom);
            qsizetype column = 0;
            while (line.at(column).unicode() < 0x80)
                ++column;
            const QString foreignName = qstrcmp(shape.codec, "GBK") == 0 ? QStringLiteral("UTF-8") : QStringLiteral("GB18030 (GBK)");
            const QString fileName = qstrcmp(shape.codec, "GBK") == 0 ? QStringLiteral("GB18030 (GBK)") : QStringLiteral("UTF-8");
            if (!o.error || o.error->line != foreignFrom + 1 || o.error->column != column + 1
                || !o.error->message.contains(QStringLiteral("line %1 is %2 but the file is %3").arg(foreignFrom + 1).arg(foreignName, fileName)))
                QFAIL(qPrintable(keep() + QStringLiteral(" expected a refusal at %1:%2").arg(foreignFrom + 1).arg(column + 1)));
        }
        QVERIFY(mixedFiles >= 40);
        QVERIFY(longFiles >= 40);
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
