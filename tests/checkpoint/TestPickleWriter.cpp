// The product pickle and torch-zip writers against bytes CPython and torch
// 1.13 produced: small pickles compared byte for byte (hex printed by
// `pickle.dumps(obj, 2).hex()`), larger ones by MD5 of CPython's output, and
// an official GPT .ckpt rebuilt record by record into the identical file.
// Failed writes leave no temporary file and do not touch an existing file.
#include "checkpoint/Checkpoint.h"
#include "checkpoint/Pickle.h"
#include "checkpoint/PickleWriter.h"
#include "checkpoint/TorchZipWriter.h"
#include "support/TestSupport.h"
#include "timbre/Error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest/QtTest>
#include <zip.h>

#include <fstream>

#include <unistd.h>

using namespace timbre;
using checkpoint::PickleWriter;

namespace {

using Bytes = std::vector<uint8_t>;

Bytes fromHex(const std::string& hex) {
  Bytes out;
  for (size_t k = 0; k + 1 < hex.size(); k += 2) out.push_back(uint8_t(std::stoi(hex.substr(k, 2), nullptr, 16)));
  return out;
}

QByteArray md5Hex(const Bytes& bytes) {
  return QCryptographicHash::hash(QByteArray(reinterpret_cast<const char*>(bytes.data()), int(bytes.size())), QCryptographicHash::Md5).toHex();
}

Bytes readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return Bytes(std::istreambuf_iterator<char>(in), {});
}

// Files in the folder other than the expected ones (a leftover temporary file shows up here).
QStringList entriesOf(const QString& folder) {
  return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

}  // namespace

class TestPickleWriter : public QObject {
  Q_OBJECT

 private slots:
  // {'alpha': 1, 'beta': [1.5, None, True, False, -5, 70000, 2**40, -2**63, 300, 2**64-1],
  //  'gamma': ((), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4)), 'delta': <fresh 'value'>, 'alpha2': {'alpha': 0}}
  // Literal keys are interned (the second 'alpha' is a BINGET); a one-item dict ends in SETITEM.
  void scalarsContainersAndMemoMatchCPython() {
    PickleWriter p;
    p.dict(5, [&](size_t k) {
      switch (k) {
        case 0: p.internedString("alpha"); p.integer(1); break;
        case 1:
          p.internedString("beta");
          p.list(10, [&](size_t j) {
            switch (j) {
              case 0: p.real(1.5); break;
              case 1: p.none(); break;
              case 2: p.boolean(true); break;
              case 3: p.boolean(false); break;
              case 4: p.integer(-5); break;
              case 5: p.integer(70000); break;
              case 6: p.integer(int64_t(1) << 40); break;
              case 7: p.integer(INT64_MIN); break;
              case 8: p.integer(300); break;
              case 9: p.unsignedInteger(UINT64_MAX); break;
            }
          });
          break;
        case 2:
          p.internedString("gamma");
          p.tuple(5, [&](size_t j) { p.tuple(j, [&](size_t i) { p.integer(int64_t(i) + 1); }); });
          break;
        case 3: p.internedString("delta"); p.freshString("value"); break;
        case 4:
          p.internedString("alpha2");
          p.dict(1, [&](size_t) { p.internedString("alpha"); p.integer(0); });
          break;
      }
    });
    const Bytes expected = fromHex(
        "80027d7100285805000000616c70686171014b0158040000006265746171025d710328473ff80000000000004e88894afbffffff4a701101008a06000000"
        "0000018a0800000000000000804d2c018a09ffffffffffffffff0065580500000067616d6d61710428294b018571054b014b028671064b014b024b038771"
        "07284b014b024b034b04747108747109580500000064656c7461710a580500000076616c7565710b5806000000616c70686132710c7d710d68014b007375"
        "2e");
    const Bytes actual = p.finish();
    QCOMPARE(actual, expected);
  }

  // ['', '', 'ab', 'ab'] built at run time: the empty string is a single
  // object in CPython (the second is a BINGET), other equal strings are not.
  void emptyStringIsShared() {
    PickleWriter p;
    p.list(4, [&](size_t k) { p.freshString(k < 2 ? "" : "ab"); });
    QCOMPARE(p.finish(), fromHex("80025d710028580000000071016801580200000061627102580200000061627103652e"));
  }

  // [str(i) for i in range(300)] + ['xname', 'xname']: memo slots past 255 use
  // LONG_BINPUT/LONG_BINGET; the literal is one object, so the second is a get.
  void longMemoMatchesCPython() {
    PickleWriter p;
    p.list(302, [&](size_t k) {
      if (k < 300) p.freshString(std::to_string(k));
      else p.internedString("xname");
    });
    const Bytes bytes = p.finish();
    QCOMPARE(bytes.size(), size_t(3053));
    QCOMPARE(md5Hex(bytes), QByteArray("b0a0a50c547576d33a8789bdbfdfe827"));
  }

  // Batches of 1000: an OrderedDict of 1001 items ends in a lone SETITEM, an
  // exact dict of 1000 in an empty MARK SETITEMS, a list of 2000 in two APPENDS.
  void batchesMatchCPython() {
    PickleWriter ordered;
    ordered.orderedDict(1001, [&](size_t k) {
      ordered.freshString(std::to_string(k));
      ordered.integer(int64_t(k));
    });
    const Bytes a = ordered.finish();
    QCOMPARE(a.size(), size_t(14926));
    QCOMPARE(md5Hex(a), QByteArray("f821c0767543b0116d994f0a6337ae82"));
    // The product reader takes it back item for item.
    const auto decoded = checkpoint::unpickle(a.data(), a.size(), "ordered dict");
    QCOMPARE(decoded.root->entries.size(), size_t(1001));
    QCOMPARE(decoded.root->get("1000")->i, int64_t(1000));

    PickleWriter plain;
    plain.dict(1000, [&](size_t k) {
      plain.freshString(std::to_string(k));
      plain.integer(int64_t(k));
    });
    const Bytes b = plain.finish();
    QCOMPARE(b.size(), size_t(14879));
    QCOMPARE(md5Hex(b), QByteArray("68543646b72cb071c53b8897457559f1"));

    PickleWriter list;
    list.list(2000, [&](size_t k) { list.integer(int64_t(k)); });
    const Bytes c = list.finish();
    QCOMPARE(c.size(), size_t(5754));
    QCOMPARE(md5Hex(c), QByteArray("e316ae40236c8db8dbf03fe930288c55"));
  }

  // Every record of the official finetuned-e1.ckpt (written by torch 1.13's
  // torch.save) put back through TorchZipWriter under the same folder name
  // gives the same file, byte for byte: alignment padding, data descriptors,
  // central directory and ZIP64 end records included.
  void rebuildsOfficialZipByteForByte() {
    const std::string original = test::sharedPath("fixtures/train-tiny/gpt/finetuned-e1.ckpt");
    const Bytes expected = readFile(original);
    int error = 0;
    zip_t* archive = zip_open(original.c_str(), ZIP_RDONLY, &error);
    QVERIFY(archive);
    std::vector<std::pair<std::string, Bytes>> records;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t k = 0; k < count; ++k) {
      zip_stat_t st;
      QCOMPARE(zip_stat_index(archive, zip_uint64_t(k), 0, &st), 0);
      Bytes data(size_t(st.size));
      zip_file_t* f = zip_fopen_index(archive, zip_uint64_t(k), 0);
      QVERIFY(f);
      QCOMPARE(zip_fread(f, data.data(), st.size), zip_int64_t(st.size));
      zip_fclose(f);
      records.emplace_back(st.name, std::move(data));
    }
    zip_close(archive);
    QCOMPARE(records.front().first, std::string("1796529883.636239/data.pkl"));
    QCOMPARE(records.back().first, std::string("1796529883.636239/version"));

    QTemporaryDir dir;
    for (const std::string tag : {"", "05"}) {
      const std::string path = dir.filePath(tag.empty() ? "plain.ckpt" : "tagged.ckpt").toStdString();
      checkpoint::TorchZipWriter zip(path, "1796529883.636239", tag);
      for (size_t k = 0; k + 1 < records.size(); ++k) {
        const std::string name = records[k].first.substr(records[k].first.find('/') + 1);
        zip.addRecord(name, records[k].second.data(), records[k].second.size());
      }
      zip.commit();  // adds "version" itself
      Bytes written = readFile(path);
      if (!tag.empty()) {
        QCOMPARE(written[0], uint8_t('0'));
        QCOMPARE(written[1], uint8_t('5'));
        written[0] = 'P';
        written[1] = 'K';
      }
      QCOMPARE(written.size(), expected.size());
      QVERIFY2(written == expected, "the rebuilt zip differs from the official file");
    }
    QCOMPARE(entriesOf(dir.path()), (QStringList{"plain.ckpt", "tagged.ckpt"}));
    // The tagged copy reads back as a GPT-SoVITS file with that header.
    const checkpoint::Checkpoint tagged = checkpoint::loadCheckpoint(dir.filePath("tagged.ckpt").toStdString());
    QCOMPARE(tagged.headerTag, std::string("05"));
    QCOMPARE(tagged.archiveName, std::string("1796529883.636239"));
    QCOMPARE(int(tagged.tensors.size()), 31);
  }

  void crcMatchesKnownValue() {
    const char text[] = "123456789";
    QCOMPARE(checkpoint::crc32Update(0, text, 9), uint32_t(0xcbf43926));  // the CRC-32 check value
  }

  void missingFolderIsNamed() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("no/such/folder/model.pth").toStdString();
    try {
      checkpoint::TorchZipWriter zip(path);
      QFAIL("opening a file in a missing folder succeeded");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::Io);
      QVERIFY2(QString(e.what()).contains(QString::fromStdString(path)), e.what());
      QVERIFY2(QString(e.what()).contains("does not exist"), e.what());
    }
    QVERIFY(entriesOf(dir.path()).isEmpty());
  }

  // A write that never commits (an exception mid-way) removes its temporary
  // file and leaves the existing file as it was.
  void abandonedWriteLeavesExistingFile() {
    QTemporaryDir dir;
    const QString target = dir.filePath("model.pth");
    {
      QFile f(target);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write("previous contents");
    }
    try {
      checkpoint::TorchZipWriter zip(target.toStdString());
      const char data[] = "partial";
      zip.addRecord("data.pkl", data, sizeof data);
      QCOMPARE(entriesOf(dir.path()).size(), 2);  // the temporary file sits beside the target while writing
      throw std::runtime_error("cancelled");
    } catch (const std::runtime_error&) {
    }
    QCOMPARE(entriesOf(dir.path()), QStringList{"model.pth"});
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("previous contents"));
  }

  // A read-only folder: the error names the target and nothing is left
  // behind. root ignores permission bits, so there the read-only /sys stands in.
  void readOnlyFolderIsNamed() {
    QTemporaryDir dir;
    QString folder = "/sys";
    if (geteuid() != 0) {
      folder = dir.filePath("locked");
      QVERIFY(QDir().mkdir(folder));
      QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    const std::string path = (folder + "/timbre-test-model.pth").toStdString();
    bool failed = false;
    try {
      checkpoint::TorchZipWriter zip(path);
      zip.commit();
    } catch (const Error& e) {
      failed = true;
      QCOMPARE(e.code(), ErrorCode::Io);
      QVERIFY2(QString(e.what()).contains(QString::fromStdString(path)), e.what());
      QVERIFY2(QString(e.what()).contains("cannot create a file in the folder"), e.what());
    }
    if (folder != "/sys") QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY2(failed, "writing into a read-only folder succeeded");
    QVERIFY(QDir(folder).entryList(QStringList{"*timbre-test-model*"}, QDir::Files | QDir::Hidden).isEmpty());
  }
};

QTEST_MAIN(TestPickleWriter)
#include "TestPickleWriter.moc"
