#include "sha256hasher.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace zhisuan::db;

// The batch record's checksum must be the file's SHA-256 whichever path computes it: the SHA-NI path (where the CPU
// has it) and the portable one give the same digest as QCryptographicHash for every length around the block and
// padding edges, fed whole or in uneven pieces.
class TestSha256Hasher : public QObject
{
    Q_OBJECT
private slots:
    void knownDigests()
    {
        for (bool accelerated : {true, false}) {
            Sha256Hasher empty;
            empty.setAccelerated(accelerated);
            QCOMPARE(empty.result().toHex(), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
            Sha256Hasher abc;
            abc.setAccelerated(accelerated);
            abc.addData("abc");
            QCOMPARE(abc.result().toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
            Sha256Hasher two;
            two.setAccelerated(accelerated);
            two.addData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
            QCOMPARE(two.result().toHex(), QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        }
    }

    void sameAsQtForEveryLengthAndPiece_data()
    {
        QTest::addColumn<bool>("accelerated");
        QTest::newRow("SHA-NI where the CPU has it") << true;
        QTest::newRow("portable") << false;
    }
    void sameAsQtForEveryLengthAndPiece()
    {
        QFETCH(bool, accelerated);
        if (accelerated && !Sha256Hasher::accelerated())
            QSKIP("this CPU has no SHA extensions: only the portable path runs here");
        QRandomGenerator random(14);
        QByteArray data(3 * 1024 * 1024 + 77, Qt::Uninitialized);
        for (char &c : data)
            c = char(random.bounded(256));
        QList<qsizetype> lengths;
        for (qsizetype n = 0; n <= 200; ++n)
            lengths << n;
        lengths << 1000 << 4095 << 4096 << 65536 + 55 << (1 << 20) << data.size();
        for (qsizetype n : lengths) {
            const QByteArrayView part(data.constData(), n);
            const QByteArray expected = QCryptographicHash::hash(part, QCryptographicHash::Sha256);
            Sha256Hasher whole;
            whole.setAccelerated(accelerated);
            whole.addData(part);
            QCOMPARE(whole.result().toHex(), expected.toHex());
            Sha256Hasher pieces; // uneven pieces, as windows of a file and a last short read
            pieces.setAccelerated(accelerated);
            for (qsizetype at = 0, step = 1; at < n; at += step, step = step * 3 % 1031 + 1)
                pieces.addData(part.sliced(at, qMin(step, n - at)));
            QCOMPARE(pieces.result().toHex(), expected.toHex());
        }
    }
};

QTEST_APPLESS_MAIN(TestSha256Hasher)
#include "tst_sha256hasher.moc"
