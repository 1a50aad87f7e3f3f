// NLTK's averaged-perceptron tagger as ported (PerceptronTagger) against the tags
// NLTK's own documentation prints for its pretrained English model.
#include <QtTest/QtTest>

#include <string>
#include <vector>

#include "text/english/PerceptronTagger.h"

using timbre::text::english::PerceptronTagger;

namespace {

QString tagged(const QString& tokens) {
  std::vector<std::string> words;
  for (const QString& t : tokens.split(' ', Qt::SkipEmptyParts)) words.push_back(t.toStdString());
  const auto tags = PerceptronTagger::instance().tag(words);
  QStringList out;
  for (std::size_t i = 0; i < words.size(); ++i)
    out << QString::fromStdString(words[i] + "/" + tags[i]);
  return out.join(' ');
}

}  // namespace

class TestPerceptronTagger : public QObject {
  Q_OBJECT

 private slots:
  void documentedTags_data() {
    QTest::addColumn<QString>("tokens");
    QTest::addColumn<QString>("expected");
    // nltk/tag/perceptron.py (PerceptronTagger docstring).
    QTest::newRow("quick brown fox") << "The quick brown fox jumps over the lazy dog"
                                     << "The/DT quick/JJ brown/NN fox/NN jumps/VBZ over/IN the/DT lazy/JJ dog/NN";
    QTest::newRow("red cat") << "The red cat" << "The/DT red/JJ cat/NN";
    // nltk/tag/__init__.py (pos_tag docstring), tokens as word_tokenize gives them.
    QTest::newRow("John's idea") << "John 's big idea is n't all that bad ."
                                 << "John/NNP 's/POS big/JJ idea/NN is/VBZ n't/RB all/PDT that/DT bad/JJ ./.";
    // The NLTK book, chapter 5: the same word as verb and noun.
    QTest::newRow("refuse permit")
        << "They refuse to permit us to obtain the refuse permit"
        << "They/PRP refuse/VBP to/TO permit/VB us/PRP to/TO obtain/VB the/DT refuse/NN permit/NN";
    QTest::newRow("completely different") << "And now for something completely different"
                                          << "And/CC now/RB for/IN something/NN completely/RB different/JJ";
  }
  void documentedTags() {
    QFETCH(QString, tokens);
    QFETCH(QString, expected);
    QCOMPARE(tagged(tokens), expected);
  }

  void emptyInput() { QVERIFY(PerceptronTagger::instance().tag({}).empty()); }
};

QTEST_GUILESS_MAIN(TestPerceptronTagger)
#include "TestPerceptronTagger.moc"
