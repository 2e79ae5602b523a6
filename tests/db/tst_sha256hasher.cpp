#include "sha256hasher.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace zhisuan::db;

// The batch record's checksum must be the file's SHA-256: libcrypto's digest is the FIPS 180 one and the same as
// QCryptographicHash's for every length around the block and padding edges, fed whole or in uneven pieces, and
// reading it midway does not disturb what follows.
class TestSha256Hasher : public QObject
{
    Q_OBJECT
private slots:
    void knownDigests()
    {
        Sha256Hasher empty;
        QCOMPARE(empty.result().toHex(), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        Sha256Hasher abc;
        abc.addData("abc");
        QCOMPARE(abc.result().toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        Sha256Hasher two;
        two.addData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
        QCOMPARE(two.result().toHex(), QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        two.addData("abc"); // more after a result: the digest of the whole
        QCOMPARE(two.result(), QCryptographicHash::hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopqabc", QCryptographicHash::Sha256));
    }

    void sameAsQtForEveryLengthAndPiece()
    {
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
            whole.addData(part);
            QCOMPARE(whole.result().toHex(), expected.toHex());
            Sha256Hasher pieces; // uneven pieces, as windows of a file and a last short read
            for (qsizetype at = 0, step = 1; at < n; at += step, step = step * 3 % 1031 + 1)
                pieces.addData(part.sliced(at, qMin(step, n - at)));
            QCOMPARE(pieces.result().toHex(), expected.toHex());
        }
    }
};

QTEST_APPLESS_MAIN(TestSha256Hasher)
#include "tst_sha256hasher.moc"
