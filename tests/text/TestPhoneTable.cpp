// The GPT-SoVITS phone vocabularies: sizes and the ids the models were trained with.
#include <QtTest/QtTest>

#include "text/PhoneTable.h"
#include "timbre/Error.h"

using timbre::text::PhoneTable;
using timbre::text::PhoneTableVersion;

class TestPhoneTable : public QObject {
  Q_OBJECT

 private slots:
  void sizes() {
    QCOMPARE(PhoneTable::get(PhoneTableVersion::V1).size(), std::size_t(322));
    QCOMPARE(PhoneTable::get(PhoneTableVersion::V2).size(), std::size_t(732));
  }

  void knownIds_data() {
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<int>("id");
    for (int v : {1, 2}) {
      const QByteArray tag = v == 1 ? "v1 " : "v2 ";
      QTest::newRow(tag + "_") << v << "_" << 95;
      QTest::newRow(tag + "SP") << v << "SP" << 77;
      QTest::newRow(tag + "UNK") << v << "UNK" << 86;
      QTest::newRow(tag + "!") << v << "!" << 0;
      QTest::newRow(tag + ",") << v << "," << 1;
      QTest::newRow(tag + "-") << v << "-" << 2;
      QTest::newRow(tag + ".") << v << "." << 3;
      QTest::newRow(tag + "?") << v << "?" << 4;
      QTest::newRow(tag + "AH0") << v << "AH0" << 12;
      QTest::newRow(tag + "ellipsis") << v << QString::fromUtf8("\xE2\x80\xA6") << 321;
    }
    // v2 appends the Japanese pitch marks right after the shared sorted part.
    QTest::newRow("v2 [") << 2 << "[" << 322;
    QTest::newRow("v2 ]") << 2 << "]" << 323;
  }
  void knownIds() {
    QFETCH(int, version);
    QFETCH(QString, phone);
    QFETCH(int, id);
    const auto& table = PhoneTable::get(version == 1 ? PhoneTableVersion::V1 : PhoneTableVersion::V2);
    const std::string p = phone.toStdString();
    QCOMPARE(table.id(p).value_or(-1), id);
    QCOMPARE(std::string(table.symbol(id)), p);
  }

  void unknownBecomesUnk() {
    const auto& table = PhoneTable::get(PhoneTableVersion::V2);
    QVERIFY(!table.contains("NOT_A_PHONE"));
    QCOMPARE(table.idOrUnk("NOT_A_PHONE"), 86);
    std::vector<std::string> phones = {"HH", "NOT_A_PHONE", "."};
    const std::vector<int> ids = table.toIds(phones);
    QCOMPARE(ids, (std::vector<int>{51, 86, 3}));
    QCOMPARE(phones[1], std::string("UNK"));
  }

  void everyIdRoundTrips() {
    for (auto version : {PhoneTableVersion::V1, PhoneTableVersion::V2}) {
      const auto& table = PhoneTable::get(version);
      for (int i = 0; i < static_cast<int>(table.size()); ++i) QCOMPARE(table.id(table.symbol(i)).value_or(-1), i);
    }
  }

  void v1IsPrefixCompatibleWithV2() {
    // Every v1 symbol keeps its id in v2: v2 only adds symbols.
    const auto& v1 = PhoneTable::get(PhoneTableVersion::V1);
    const auto& v2 = PhoneTable::get(PhoneTableVersion::V2);
    for (int i = 0; i < static_cast<int>(v1.size()); ++i) QVERIFY(v2.contains(v1.symbol(i)));
  }

  void badIdThrows() {
    const auto& table = PhoneTable::get(PhoneTableVersion::V1);
    QVERIFY_THROWS_EXCEPTION(timbre::Error, table.symbol(322));
    QVERIFY_THROWS_EXCEPTION(timbre::Error, table.symbol(-1));
  }
};

QTEST_GUILESS_MAIN(TestPhoneTable)
#include "TestPhoneTable.moc"
