// The GPT update schedules: "compat" reproduces the official training_step
// (manifest gpt.accumulation_schedule, exact), the default updates every k
// batches plus an epoch's last batch, so every epoch updates at least once.
#include "GptTrainFixture.h"
#include "training/gpt/UpdateSchedule.h"

#include <QtTest/QtTest>

using namespace timbre::training::gpt;
namespace fx = timbre::test::gpttrain;

class TestGptUpdateSchedule : public QObject {
  Q_OBJECT

 private slots:
  void compatMatchesOfficial() {
    const auto& cases = fx::gptSection().at("accumulation_schedule").at("cases");
    QVERIFY(cases.size() >= 4);
    for (const auto& c : cases) {
      const int64_t batches = c.at("batches_per_epoch").get<int64_t>();
      const int epochs = c.at("epochs").get<int>();
      const UpdatePlan plan = planUpdates(UpdateSchedule::compat(), batches, epochs);
      const QString where = QString("%1 batches x %2 epochs").arg(batches).arg(epochs);
      QVERIFY2(int64_t(plan.updates.size()) == c.at("n_updates").get<int64_t>(), qPrintable(where));
      for (size_t i = 0; i < plan.updates.size(); ++i) {
        const auto& want = c.at("updates").at(i);
        QCOMPARE(plan.updates[i].epoch, want.at("epoch").get<int>());
        QCOMPARE(plan.updates[i].batchIndex, want.at("batch_idx").get<int64_t>());
        QCOMPARE(plan.updates[i].globalBatch, want.at("global_batch").get<int64_t>());
        QCOMPARE(plan.updates[i].accumulated, want.at("accumulated").get<std::vector<int64_t>>());
      }
      QVERIFY2(plan.neverStepped == c.at("never_stepped_batches").get<std::vector<int64_t>>(), qPrintable(where));
    }
  }

  void defaultUpdatesEveryEpochAndUsesEveryBatch() {
    const UpdateSchedule schedule;  // every 4 + final flush
    for (int64_t batches : {1, 3, 4, 5, 7, 25}) {
      const UpdatePlan plan = planUpdates(schedule, batches, 3);
      QVERIFY(plan.neverStepped.empty());
      QCOMPARE(schedule.updatesPerEpoch(batches), (batches + 3) / 4);
      QCOMPARE(int64_t(plan.updates.size()), 3 * ((batches + 3) / 4));
      // Nothing carries over an epoch boundary.
      for (const auto& u : plan.updates) QCOMPARE(u.accumulated.front() / batches, u.accumulated.back() / batches);
    }
    const UpdatePlan five = planUpdates(schedule, 5, 1);
    QCOMPARE(five.updates.size(), size_t(2));
    QCOMPARE(five.updates[0].accumulated, (std::vector<int64_t>{0, 1, 2, 3}));
    QCOMPARE(five.updates[1].accumulated, (std::vector<int64_t>{4}));
    // The official schedule never updates at 4 batches per epoch.
    QVERIFY(planUpdates(UpdateSchedule::compat(), 4, 15).updates.empty());
  }

  void parsesNames() {
    QVERIFY(UpdateSchedule::parseKind("compat") == UpdateScheduleKind::Compat);
    QVERIFY(UpdateSchedule::parseKind("every-k") == UpdateScheduleKind::EveryK);
    QVERIFY_THROWS_EXCEPTION(timbre::Error, UpdateSchedule::parseKind("weekly"));
  }
};

QTEST_APPLESS_MAIN(TestGptUpdateSchedule)
#include "TestGptUpdateSchedule.moc"
