// Hostile and damaged weight files are refused with the right ErrorCode and a
// message naming the file, and nothing from them ever runs: truncations, bit
// flips, wrong magic, lying sizes, pickles that call os.system, builtins.eval,
// subprocess.Popen and friends.
#include "CheckpointTestFiles.h"
#include "checkpoint/Checkpoint.h"
#include "checkpoint/Pickle.h"
#include "support/TestSupport.h"
#include "timbre/Error.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <cmath>
#include <fstream>

using namespace timbre::checkpoint;
using timbre::ErrorCode;
using timbre::test::Bytes;
using timbre::test::PickleWriter;

Q_DECLARE_METATYPE(timbre::ErrorCode)

namespace {

Bytes readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return Bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Loads and returns the error code; fails the test if loading succeeds or throws anything else.
std::optional<ErrorCode> refusal(const Bytes& bytes, const std::string& name, std::string* message = nullptr) {
  try {
    loadCheckpointFromMemory(bytes, name);
  } catch (const timbre::Error& e) {
    if (message) *message = e.what();
    return e.code();
  }
  return std::nullopt;
}

std::string markerPath() { return (QDir::tempPath() + "/timbre_pickle_pwned_" + QString::number(QCoreApplication::applicationPid())).toStdString(); }

// A torch zip whose "config" is `callable(args...)` built by REDUCE.
Bytes callingPickle(const std::string& module, const std::string& name, const std::string& argument) {
  PickleWriter p;
  p.global(module, name).str(argument).tuple1().reduce();
  return timbre::test::wrapPayloadInTorchZip(p.bytes());
}

}  // namespace

class TestCheckpointSafety : public QObject {
  Q_OBJECT

  Bytes m_sovits;
  Bytes m_gpt;

 private slots:
  void initTestCase() {
    m_sovits = readFile(timbre::test::sharedPath("fixtures/v2-tiny/sovits.pth"));
    m_gpt = readFile(timbre::test::sharedPath("fixtures/v2-tiny/gpt.ckpt"));
    QVERIFY(m_sovits.size() > 30'000'000);
    QFile::remove(QString::fromStdString(markerPath()));
  }

  void truncatedSovitsAtManyOffsets() {
    // 50 cuts spread over the file plus the first bytes and the last (central directory) bytes.
    std::vector<size_t> cuts{0, 1, 2, 3, 4, 21, 22, 100};
    for (int k = 1; k <= 50; ++k) cuts.push_back(m_sovits.size() * size_t(k) / 51);
    for (size_t k = 1; k <= 30; k += 3) cuts.push_back(m_sovits.size() - k);
    for (size_t cut : cuts) {
      Bytes part(m_sovits.begin(), m_sovits.begin() + std::ptrdiff_t(cut));
      std::string message;
      const auto code = refusal(part, "cut.pth", &message);
      QVERIFY2(code.has_value(), qPrintable(QString("truncation at %1 was accepted").arg(cut)));
      QVERIFY2(*code == ErrorCode::CorruptFile, qPrintable(QString("cut %1: %2").arg(cut).arg(message.c_str())));
      QVERIFY2(message.find("cut.pth") != std::string::npos, message.c_str());
    }
  }

  void truncatedPickleEntry() {
    // A valid zip whose data.pkl stops half-way: refused by the pickle reader with an offset.
    PickleWriter full;
    full.proto().global("collections", "OrderedDict").emptyTuple().reduce().mark().str("x").integer(1).setitems().stop();
    for (size_t cut = 1; cut < full.bytes().size(); ++cut) {
      Bytes pickle(full.bytes().begin(), full.bytes().begin() + std::ptrdiff_t(cut));
      std::string message;
      const auto code = refusal(timbre::test::makeTorchZip("archive", pickle, {}), "short.pth", &message);
      QVERIFY2(code == ErrorCode::CorruptFile || code == ErrorCode::UnsupportedFormat, qPrintable(QString("cut %1: %2").arg(cut).arg(message.c_str())));
    }
  }

  void bitFlipsNeverCrash() {
    // Every flip either loads (padding bytes nobody reads) or is refused with a file error;
    // CRCs make flips inside the pickle or the tensor data detectable.
    int refused = 0, flips = 0;
    for (size_t pos = 0; pos < m_gpt.size(); pos += 2003) {
      for (uint8_t mask : {uint8_t(0x01), uint8_t(0x80)}) {
        Bytes damaged = m_gpt;
        damaged[pos] ^= mask;
        ++flips;
        try {
          loadCheckpointFromMemory(damaged, "flip.ckpt");
        } catch (const timbre::Error& e) {
          ++refused;
          QVERIFY2(e.code() == ErrorCode::CorruptFile || e.code() == ErrorCode::UnsupportedFormat || e.code() == ErrorCode::UnsafeContent,
                   e.what());
        }
      }
    }
    QVERIFY2(refused > flips * 9 / 10, qPrintable(QString("only %1 of %2 flips refused").arg(refused).arg(flips)));
    // A flip in the middle of a tensor's bytes is caught by the entry CRC.
    Bytes damaged = m_sovits;
    damaged[damaged.size() / 2] ^= 0x10;
    QCOMPARE(refusal(damaged, "flip.pth"), std::optional<ErrorCode>(ErrorCode::CorruptFile));
  }

  void wrongMagic_data() {
    QTest::addColumn<QByteArray>("head");
    QTest::newRow("XX") << QByteArray("XX");
    QTest::newRow("07 tag") << QByteArray("07");
    QTest::newRow("zeros") << QByteArray("\0\0", 2);
  }
  void wrongMagic() {
    QFETCH(QByteArray, head);
    Bytes bytes = m_gpt;
    bytes[0] = uint8_t(head[0]);
    bytes[1] = uint8_t(head[1]);
    std::string message;
    QCOMPARE(refusal(bytes, "magic.ckpt", &message), std::optional<ErrorCode>(ErrorCode::CorruptFile));
    QVERIFY2(message.find("magic.ckpt") != std::string::npos && message.find("offset 0") != std::string::npos, message.c_str());
    QCOMPARE(refusal(Bytes{}, "empty.pth"), std::optional<ErrorCode>(ErrorCode::CorruptFile));
    QCOMPARE(refusal(Bytes{0x80, 0x02, 0x8a, 0x0a}, "legacy.pth"), std::optional<ErrorCode>(ErrorCode::UnsupportedFormat));
  }

  void lyingSizes() {
    const Bytes eight = timbre::test::rawBytes(std::vector<float>{1, 2});
    auto fileWith = [&](int64_t numel, int64_t offset, std::vector<int64_t> sizes, std::vector<int64_t> strides, Bytes storage) {
      PickleWriter w;
      w.proto().emptyDict().str("w").tensor("FloatStorage", "0", numel, offset, sizes, strides).setitem().stop();
      return timbre::test::makeTorchZip("archive", w.bytes(), {{"0", storage}});
    };
    std::string message;
    // Storage claims more elements than its entry holds.
    QCOMPARE(refusal(fileWith(1000, 0, {2}, {1}, eight), "big.pth", &message), std::optional<ErrorCode>(ErrorCode::CorruptFile));
    QVERIFY2(message.find("archive/data/0") != std::string::npos, message.c_str());
    // An absurd numel must be refused before anything is allocated.
    QCOMPARE(refusal(fileWith(int64_t(1) << 60, 0, {2}, {1}, eight), "huge.pth"), std::optional<ErrorCode>(ErrorCode::CorruptFile));
    // The tensor view reaches past its storage (size, offset, stride).
    QCOMPARE(refusal(fileWith(2, 0, {3}, {1}, eight), "view.pth"), std::optional<ErrorCode>(ErrorCode::CorruptFile));
    QCOMPARE(refusal(fileWith(2, 2, {1}, {1}, eight), "offset.pth"), std::optional<ErrorCode>(ErrorCode::CorruptFile));
    QCOMPARE(refusal(fileWith(2, 0, {2, 2}, {1, 1000000}, eight), "stride.pth"), std::optional<ErrorCode>(ErrorCode::CorruptFile));
    QCOMPARE(refusal(fileWith(2, 0, {-1}, {1}, eight), "negative.pth"), std::optional<ErrorCode>(ErrorCode::CorruptFile));
    // A storage with no entry at all.
    {
      PickleWriter w;
      w.proto().emptyDict().str("w").tensor("FloatStorage", "9", 2, 0, {2}, {1}).setitem().stop();
      QCOMPARE(refusal(timbre::test::makeTorchZip("archive", w.bytes(), {}), "nokey.pth", &message), std::optional<ErrorCode>(ErrorCode::CorruptFile));
    }
    // A string whose length runs past the pickle.
    {
      PickleWriter w;
      w.proto().byte('X').le(0xFFFFFFF0u, 4).text("abc");
      QCOMPARE(refusal(timbre::test::makeTorchZip("archive", w.bytes(), {}), "string.pth", &message), std::optional<ErrorCode>(ErrorCode::CorruptFile));
      QVERIFY2(message.find("pickle offset 2") != std::string::npos, message.c_str());
    }
    // Memo slots that were never written, and an absurd memo index.
    {
      PickleWriter w;
      w.proto().get(200).stop();
      QCOMPARE(refusal(timbre::test::makeTorchZip("archive", w.bytes(), {}), "memo.pth"), std::optional<ErrorCode>(ErrorCode::CorruptFile));
      PickleWriter v;
      v.proto().none().byte('r').le(0xFFFFFFFFu, 4).stop();
      QCOMPARE(refusal(timbre::test::makeTorchZip("archive", v.bytes(), {}), "memo2.pth"), std::optional<ErrorCode>(ErrorCode::CorruptFile));
    }
    // Safetensors: header length beyond the file, offsets beyond the data, span vs shape mismatch.
    auto safetensors = [](const std::string& header, size_t dataBytes, uint64_t claimedLength = 0) {
      Bytes b(8);
      const uint64_t n = claimedLength ? claimedLength : header.size();
      for (int k = 0; k < 8; ++k) b[size_t(k)] = uint8_t(n >> (8 * k));
      b.insert(b.end(), header.begin(), header.end());
      b.resize(b.size() + dataBytes, 0);
      return b;
    };
    QCOMPARE(refusal(safetensors(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})", 8, 1ull << 40), "len.safetensors"),
             std::optional<ErrorCode>(ErrorCode::CorruptFile));
    QCOMPARE(refusal(safetensors(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})", 4), "short.safetensors"),
             std::optional<ErrorCode>(ErrorCode::CorruptFile));
    QCOMPARE(refusal(safetensors(R"({"a":{"dtype":"F32","shape":[1000000000000],"data_offsets":[0,8]}})", 8), "shape.safetensors"),
             std::optional<ErrorCode>(ErrorCode::CorruptFile));
    QCOMPARE(refusal(safetensors(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]})", 8), "json.safetensors"),
             std::optional<ErrorCode>(ErrorCode::CorruptFile));
  }

  void codeExecutionIsRefused_data() {
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("name");
    const char* globals[][2] = {{"os", "system"},          {"posix", "system"},       {"nt", "system"},
                                {"subprocess", "Popen"},   {"subprocess", "check_output"}, {"builtins", "eval"},
                                {"builtins", "exec"},      {"builtins", "getattr"},   {"builtins", "__import__"},
                                {"builtins", "open"},      {"builtins", "compile"},   {"__builtin__", "eval"},
                                {"sys", "exit"},           {"shutil", "rmtree"},      {"socket", "socket"},
                                {"importlib", "import_module"}, {"pickle", "loads"},  {"codecs", "open"},
                                {"pty", "spawn"},          {"runpy", "run_path"},     {"webbrowser", "open"},
                                {"functools", "partial"},  {"torch", "load"},         {"torch", "save"},
                                {"numpy.core.multiarray", "_reconstruct"}, {"torch.serialization", "load"},
                                {"os.path", "exists"},     {"mylib", "system"},       {"mylib", "__reduce__"}};
    for (const auto& g : globals) QTest::newRow((std::string(g[0]) + "." + g[1]).c_str()) << g[0] << g[1];
  }
  void codeExecutionIsRefused() {
    QFETCH(QString, module);
    QFETCH(QString, name);
    const std::string marker = markerPath();
    std::string message;
    const auto code = refusal(callingPickle(module.toStdString(), name.toStdString(), "touch " + marker), "evil.pth", &message);
    QCOMPARE(code, std::optional<ErrorCode>(ErrorCode::UnsafeContent));
    QVERIFY2(message.find("evil.pth") != std::string::npos && message.find((module + "." + name).toStdString()) != std::string::npos, message.c_str());
    QVERIFY(isForbiddenGlobal(module.toStdString(), name.toStdString()));
    QVERIFY2(!QFile::exists(QString::fromStdString(marker)), "the pickle ran a command");
  }

  void otherWaysToCallCode() {
    const std::string marker = markerPath();
    // STACK_GLOBAL (protocol 4) spelling of os.system.
    {
      PickleWriter p;
      p.byte(0x8c).byte(2).text("os").byte(0x8c).byte(6).text("system").byte(0x93).str("touch " + marker).tuple1().reduce();
      QCOMPARE(refusal(timbre::test::wrapPayloadInTorchZip(p.bytes()), "stack.pth"), std::optional<ErrorCode>(ErrorCode::UnsafeContent));
    }
    // An unknown class called with arguments (it could be anything).
    QCOMPARE(refusal(callingPickle("utils", "HParams", "x"), "args.pth"), std::optional<ErrorCode>(ErrorCode::UnsafeContent));
    // NEWOBJ with arguments.
    {
      PickleWriter p;
      p.global("mylib", "Thing").str("x").tuple1().newobj();
      QCOMPARE(refusal(timbre::test::wrapPayloadInTorchZip(p.bytes()), "newobj.pth"), std::optional<ErrorCode>(ErrorCode::UnsafeContent));
    }
    // INST and OBJ name and call a class in one opcode.
    {
      PickleWriter p;
      p.mark().str("touch " + marker).byte('i').text("os\nsystem\n");
      QCOMPARE(refusal(timbre::test::wrapPayloadInTorchZip(p.bytes()), "inst.pth"), std::optional<ErrorCode>(ErrorCode::UnsafeContent));
      PickleWriter q;
      q.mark().global("os", "system");
      std::string message;
      QCOMPARE(refusal(timbre::test::wrapPayloadInTorchZip(q.bytes()), "obj.pth", &message), std::optional<ErrorCode>(ErrorCode::UnsafeContent));
    }
    // REDUCE on a value that is not a global, and _codecs.encode used for anything but latin1 bytes.
    {
      PickleWriter p;
      p.str("os.system").str("x").tuple1().reduce();
      QCOMPARE(refusal(timbre::test::wrapPayloadInTorchZip(p.bytes()), "notglobal.pth"), std::optional<ErrorCode>(ErrorCode::UnsafeContent));
      PickleWriter q;
      q.global("_codecs", "encode").str("x").str("rot13").tuple2().reduce();
      QCOMPARE(refusal(timbre::test::wrapPayloadInTorchZip(q.bytes()), "codecs.pth"), std::optional<ErrorCode>(ErrorCode::UnsafeContent));
      PickleWriter r;
      r.global("_codecs", "decode").str("x").str("latin1").tuple2().reduce();
      QCOMPARE(refusal(timbre::test::wrapPayloadInTorchZip(r.bytes()), "decode.pth"), std::optional<ErrorCode>(ErrorCode::UnsafeContent));
    }
    // A refused global inside the state dict of a real-looking GPT-SoVITS file with a version header.
    {
      PickleWriter w;
      w.proto().global("collections", "OrderedDict").emptyTuple().reduce().mark();
      w.str("weight").emptyDict().str("enc_p.x").global("posix", "system").str("touch " + marker).tuple1().reduce().setitem();
      w.setitems().stop();
      QCOMPARE(refusal(timbre::test::makeTorchZip("archive", w.bytes(), {}, "05"), "tagged.pth"),
               std::optional<ErrorCode>(ErrorCode::UnsafeContent));
    }
    QVERIFY2(!QFile::exists(QString::fromStdString(marker)), "the pickle ran a command");
  }

  void unknownOpcodeAndProtocol() {
    std::string message;
    PickleWriter p;
    p.proto().byte(0xFE);
    QCOMPARE(refusal(timbre::test::makeTorchZip("archive", p.bytes(), {}), "opcode.pth", &message), std::optional<ErrorCode>(ErrorCode::UnsupportedFormat));
    QVERIFY2(message.find("0xfe") != std::string::npos && message.find("pickle offset 2") != std::string::npos, message.c_str());
    PickleWriter q;
    q.proto(9).none().stop();
    QCOMPARE(refusal(timbre::test::makeTorchZip("archive", q.bytes(), {}), "proto.pth"), std::optional<ErrorCode>(ErrorCode::UnsupportedFormat));
  }

  void hostileStructuresStayBounded() {
    // A list that contains itself, and a dict DAG that doubles at every level: no hang, no blow-up.
    PickleWriter p;
    p.emptyList().put(1).get(1).byte('a');
    const Checkpoint c = loadCheckpointFromMemory(timbre::test::wrapPayloadInTorchZip(p.bytes()), "cycle.pth");
    QVERIFY(c.config.is_array());
    PickleWriter r;
    r.emptyDict().put(0);
    r.byte('0');  // each level lives in the memo only
    for (int level = 1; level < 40; ++level)
      r.emptyDict().mark().str("a").get(uint8_t(level - 1)).str("b").get(uint8_t(level - 1)).setitems().put(uint8_t(level)).byte('0');
    r.get(39);
    QElapsedTimer timer;
    timer.start();
    const Checkpoint d = loadCheckpointFromMemory(timbre::test::wrapPayloadInTorchZip(r.bytes()), "dag.pth");
    QVERIFY(d.config.is_object());
    QVERIFY2(timer.elapsed() < 10000, "DAG conversion took too long");
    // Deeply nested MARKs.
    PickleWriter m;
    for (int k = 0; k < 100000; ++k) m.mark();
    QCOMPARE(refusal(timbre::test::wrapPayloadInTorchZip(m.bytes()), "marks.pth"), std::optional<ErrorCode>(ErrorCode::CorruptFile));
  }

  // A 300 KB safetensors whose __metadata__ nests 60,000 levels used to overflow
  // the stack when the parsed value was copied (issue #18); now it is refused by
  // name before parsing. Same for an HF folder's config.json.
  void deepJsonIsRefused() {
    const int levels = 60000;
    // Nested objects: the metadata object is what the reader used to copy (recursively).
    std::string nested;
    for (int k = 0; k < levels; ++k) nested += "{\"a\":";
    nested += "1" + std::string(levels, '}');
    const std::string header = "{\"__metadata__\":" + nested + "}";
    Bytes file(8);
    for (int k = 0; k < 8; ++k) file[k] = uint8_t(uint64_t(header.size()) >> (8 * k));
    file.insert(file.end(), header.begin(), header.end());
    std::string message;
    QCOMPARE(refusal(file, "deep.safetensors", &message), std::optional<ErrorCode>(ErrorCode::CorruptFile));
    QVERIFY2(message.find("deep.safetensors") != std::string::npos && message.find("nests deeper") != std::string::npos,
             message.c_str());

    // Brackets inside strings do not count; 100 real levels still load.
    const std::string shallow = "{\"__metadata__\":{\"note\":\"" + std::string(1000, '[') + "\"},\"x\":" +
                                std::string(100, '[') + std::string(100, ']') + "}";
    Bytes ok(8);
    for (int k = 0; k < 8; ++k) ok[k] = uint8_t(uint64_t(shallow.size()) >> (8 * k));
    ok.insert(ok.end(), shallow.begin(), shallow.end());
    message.clear();
    refusal(ok, "shallow.safetensors", &message);
    QVERIFY2(message.find("nests deeper") == std::string::npos, message.c_str());

    QTemporaryDir dir;
    const std::string folder = dir.path().toStdString();
    const std::string empty = "{\"__metadata__\":{\"format\":\"pt\"}}";
    Bytes weights(8);
    for (int k = 0; k < 8; ++k) weights[k] = uint8_t(uint64_t(empty.size()) >> (8 * k));
    weights.insert(weights.end(), empty.begin(), empty.end());
    std::ofstream(folder + "/model.safetensors", std::ios::binary)
        .write(reinterpret_cast<const char*>(weights.data()), std::streamsize(weights.size()));
    std::ofstream(folder + "/config.json") << std::string(levels, '{');
    try {
      loadCheckpoint(folder);
      QFAIL("a config.json nesting 60,000 levels was accepted");
    } catch (const timbre::Error& e) {
      message = e.what();
    }
    QVERIFY2(message.find("config.json") != std::string::npos && message.find("nests deeper") != std::string::npos,
             message.c_str());

    // Pickles build their tree in an arena and convert it with a depth cap, so
    // 60,000 nested tuples (constant stack: TUPLE1 wraps the top) load safely.
    PickleWriter p;
    p.emptyTuple();
    for (int k = 0; k < levels; ++k) p.tuple1();
    const Checkpoint deep = loadCheckpointFromMemory(timbre::test::wrapPayloadInTorchZip(p.bytes()), "tuples.pth");
    QVERIFY(deep.config.is_array());
    QVERIFY(deep.tensors.count("w") == 1);
  }

  // A small file whose deflated storage declares a huge size (a zip bomb) is
  // refused from the zip directory, before anything is inflated; a re-zipped
  // file of ordinary weights still loads (issue #18).
  void zipBombIsRefusedBeforeInflating() {
    const int64_t numel = int64_t(48) << 20;  // 192 MiB of float zeros, ~200 KB deflated
    PickleWriter w;
    w.proto().global("collections", "OrderedDict").emptyTuple().reduce().mark();
    w.str("weight").emptyDict().str("w").tensor("FloatStorage", "0", numel, 0, {numel}, {1}).setitem();
    w.setitems().stop();
    Bytes zeros(size_t(numel) * 4, 0);
    const Bytes bomb = timbre::test::makeTorchZip("archive", w.bytes(), {{"0", zeros}}, "", {"0"});
    zeros = Bytes();
    QVERIFY2(bomb.size() < (size_t(4) << 20), qPrintable(QString::number(bomb.size())));
    std::string message;
    QCOMPARE(refusal(bomb, "bomb.ckpt", &message), std::optional<ErrorCode>(ErrorCode::UnsupportedFormat));
    QVERIFY2(message.find("bomb.ckpt") != std::string::npos && message.find("inflate") != std::string::npos &&
                 message.find("archive/data/0") != std::string::npos,
             message.c_str());

    // Ordinary weights deflated: about the same size compressed; they load.
    std::vector<float> values(4096);
    for (size_t k = 0; k < values.size(); ++k) values[k] = std::sin(float(k) * 0.37f) * 3.0f;
    PickleWriter v;
    v.proto().global("collections", "OrderedDict").emptyTuple().reduce().mark();
    v.str("weight").emptyDict().str("w").tensor("FloatStorage", "0", 4096, 0, {4096}, {1}).setitem();
    v.setitems().stop();
    const Checkpoint ok = loadCheckpointFromMemory(
        timbre::test::makeTorchZip("archive", v.bytes(), {{"0", timbre::test::rawBytes(values)}}, "", {"0"}), "rezipped.pth");
    QCOMPARE(ok.tensor("w").size(0), int64_t(4096));
    QCOMPARE(ok.tensor("w")[100].item<float>(), values[100]);
  }

  void cleanupTestCase() { QVERIFY(!QFile::exists(QString::fromStdString(markerPath()))); }
};

QTEST_MAIN(TestCheckpointSafety)
#include "TestCheckpointSafety.moc"
