// ConvTranspose1d runs on the CPU as one ordinary convolution over the
// stride's phases. It must give libtorch's transposed convolution for every
// shape a SoVITS generator can have: kernels longer than, equal to, shorter
// than and not a multiple of the stride, any valid padding, batches, with and
// without bias, down to one input frame.
#include "models/sovits/Layers.h"

#include <ATen/ATen.h>
#include <QtTest/QtTest>

using timbre::sovits::ConvTranspose1d;

class TestTransposedConv : public QObject {
  Q_OBJECT

 private slots:
  void matchesLibtorch_data() {
    QTest::addColumn<int>("stride");
    QTest::addColumn<int>("kernel");
    QTest::addColumn<int>("padding");
    QTest::addColumn<int>("frames");
    QTest::addColumn<bool>("withBias");
    // The v1/v2/v2Pro upsamplers: (k − u) / 2 padding.
    QTest::newRow("10/16") << 10 << 16 << 3 << 9 << true;
    QTest::newRow("8/16") << 8 << 16 << 4 << 7 << true;
    QTest::newRow("2/8") << 2 << 8 << 3 << 11 << true;
    QTest::newRow("2/2") << 2 << 2 << 0 << 13 << true;
    QTest::newRow("2/4") << 2 << 4 << 1 << 5 << true;
    // Other shapes: kernel not a multiple of the stride, shorter than it, odd padding, one frame.
    QTest::newRow("3/7 pad 2") << 3 << 7 << 2 << 6 << true;
    QTest::newRow("4/2") << 4 << 2 << 0 << 5 << false;
    QTest::newRow("5/11 pad 5") << 5 << 11 << 5 << 4 << true;
    QTest::newRow("1/3 pad 1") << 1 << 3 << 1 << 8 << true;
    QTest::newRow("10/16 one frame") << 10 << 16 << 3 << 1 << true;
  }

  void matchesLibtorch() {
    QFETCH(int, stride);
    QFETCH(int, kernel);
    QFETCH(int, padding);
    QFETCH(int, frames);
    QFETCH(bool, withBias);
    at::manual_seed(stride * 100 + kernel);
    const int64_t in = 6, out = 5;
    ConvTranspose1d conv;
    conv.weight = at::randn({in, out, kernel});
    if (withBias) conv.bias = at::randn({out});
    conv.stride = stride;
    conv.padding = padding;
    const at::Tensor weight = conv.weight.clone(), bias = withBias ? conv.bias.clone() : at::Tensor();
    conv.regroupByPhase();
    QVERIFY(conv.phaseWeight.defined());  // the CPU path is the phase one
    QVERIFY(!conv.weight.defined());
    const at::Tensor x = at::randn({2, in, frames});
    const at::Tensor expected = at::conv_transpose1d(x, weight, bias, {stride}, {padding});
    const at::Tensor got = conv(x);
    QCOMPARE(got.sizes(), expected.sizes());
    const double diff = (got - expected).abs().max().item<double>();
    QVERIFY2(diff < 1e-5, qPrintable(QStringLiteral("max difference %1").arg(diff)));
  }
};

QTEST_MAIN(TestTransposedConv)
#include "TestTransposedConv.moc"
