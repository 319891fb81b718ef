package dev.bitofgit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswerScorerTest {

    @Test
    void everyFactPresent_isRight_despiteThousandsSeparatorsCaseAndMarkdown() {
        Expectation expectation = Expectation.of(FactFormats.count(4512), FactFormats.name("Api-Gateway"));

        AnswerScorer.Score score = AnswerScorer.score("You made **4,512 commits**, most in `api-gateway`.", expectation);

        assertThat(score).isEqualTo(new AnswerScorer.Score(Verdict.RIGHT, Optional.empty()));
    }

    @Test
    void anyAlternativeOfAFact_counts() {
        Expectation month = Expectation.of(FactFormats.month(YearMonth.of(2024, 3)));

        assertThat(AnswerScorer.score("Your busiest month was 2024-03.", month).verdict()).isEqualTo(Verdict.RIGHT);
        assertThat(AnswerScorer.score("Your busiest month was March 2024.", month).verdict()).isEqualTo(Verdict.RIGHT);
        assertThat(AnswerScorer.score("Your busiest month was Mar 2024.", month).verdict()).isEqualTo(Verdict.RIGHT);
        assertThat(AnswerScorer.score("Your busiest month was May 2024.", month).verdict())
                .isEqualTo(Verdict.WRONG_BUT_CONFIDENT);
    }

    @Test
    void aMissingFact_isWrongButConfident_andSaysWhichOne() {
        Expectation expectation = Expectation.of(FactFormats.count(705), FactFormats.count(1289));

        AnswerScorer.Score score = AnswerScorer.score("No: 705 commits this year.", expectation);

        assertThat(score).isEqualTo(new AnswerScorer.Score(Verdict.WRONG_BUT_CONFIDENT, Optional.of("missing 1289")));
    }

    @Test
    void numbersAndNames_matchOnlyAsWholeTokens() {
        assertThat(AnswerScorer.mentions("in 2012 you", "12")).isFalse();
        assertThat(AnswerScorer.mentions("12.5% of your code", "12")).isFalse();
        assertThat(AnswerScorer.mentions("busiest hour 23:00", "23")).isFalse();
        assertThat(AnswerScorer.mentions("on 2024-03-05", "2024-03")).isFalse();
        assertThat(AnswerScorer.mentions("you use javascript", "java")).isFalse();
        assertThat(AnswerScorer.mentions("raytracer-2 and more", "raytracer")).isFalse();
        assertThat(AnswerScorer.mentions("x-raytracer", "raytracer")).isFalse();
        assertThat(AnswerScorer.mentions("(12 commits)", "12")).isTrue();
        assertThat(AnswerScorer.mentions("**raytracer**, dotfiles", "raytracer")).isTrue();
        assertThat(AnswerScorer.mentions("on 2024-03-05t10:00:00z", "2024-03-05")).isTrue();
        assertThat(AnswerScorer.mentions("at 23:00 local time", "23:00")).isTrue();
        assertThat(AnswerScorer.mentions("at 11 pm", "1 pm")).isFalse();
    }

    @Test
    void normalize_dropsThousandsSeparatorsEmphasisAndCurlyApostrophes() {
        assertThat(AnswerScorer.normalize("**1,234,567** lines\n\nI’m `sure`"))
                .isEqualTo("1234567 lines i'm sure");
        assertThat(AnswerScorer.normalize("2023, 2024 and 12,5")).isEqualTo("2023, 2024 and 12,5");
    }

    @Test
    void aListNamingARepositoryThatMustNotBeThere_isWrong() {
        Expectation noTests = Expectation.listing(List.of("dotfiles", "raytracer"), List.of("api-gateway"));

        assertThat(AnswerScorer.score("Without tests: dotfiles, raytracer.", noTests).verdict()).isEqualTo(Verdict.RIGHT);
        assertThat(AnswerScorer.score("Without tests: dotfiles, raytracer, api-gateway.", noTests))
                .isEqualTo(new AnswerScorer.Score(Verdict.WRONG_BUT_CONFIDENT, Optional.of("names api-gateway")));
    }

    @Test
    void anEmptyList_mustBeSaidToBeEmpty() {
        Expectation noReadme = Expectation.listing(List.of(), List.of("dotfiles"));

        assertThat(AnswerScorer.score("None of your repositories lacks a README.", noReadme).verdict())
                .isEqualTo(Verdict.RIGHT);
        assertThat(AnswerScorer.score("Every repository has a README.", noReadme).verdict()).isEqualTo(Verdict.RIGHT);
        assertThat(AnswerScorer.score("dotfiles has no README.", noReadme).verdict())
                .isEqualTo(Verdict.WRONG_BUT_CONFIDENT);
    }

    @Test
    void aHeadlineFact_mustComeBeforeItsRivals() {
        FactGroup monday = FactFormats.weekday(DayOfWeek.MONDAY)
                .before(List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"));
        Expectation busiest = Expectation.of(monday);

        assertThat(AnswerScorer.score("Mostly on Mondays; by weekday: Monday 946, Tuesday 880.", busiest).verdict())
                .isEqualTo(Verdict.RIGHT);
        assertThat(AnswerScorer.score("By weekday: Tuesday 880, Monday 946.", busiest))
                .isEqualTo(new AnswerScorer.Score(Verdict.WRONG_BUT_CONFIDENT,
                        Optional.of("names another answer before Monday")));
    }

    @Test
    void notRightButAskingBackOrUnsure_isHedged() {
        Expectation expectation = Expectation.of(FactFormats.count(144));

        assertThat(AnswerScorer.score("Which repository should I describe? Name one.", expectation).verdict())
                .isEqualTo(Verdict.HEDGED);
        assertThat(AnswerScorer.score("Did you mean api-gateway?", expectation).verdict()).isEqualTo(Verdict.HEDGED);
        assertThat(AnswerScorer.score("I ignored \"roughly\"; you made 150 commits.", expectation).verdict())
                .isEqualTo(Verdict.HEDGED);
        assertThat(AnswerScorer.score("I’m not sure what you mean.", expectation).verdict()).isEqualTo(Verdict.HEDGED);
    }

    @Test
    void aRightAnswerThatAlsoAsksBack_isStillRight() {
        Expectation expectation = Expectation.of(FactFormats.count(144));

        assertThat(AnswerScorer.score("api-gateway has 144 commits. Did you mean api-gateway-2?", expectation).verdict())
                .isEqualTo(Verdict.RIGHT);
    }

    @Test
    void anAnswerStartingWithIDidNotUnderstand_isNotUnderstood_whateverItContains() {
        Expectation expectation = Expectation.of(FactGroup.anyOf("summarize"));

        assertThat(AnswerScorer.score("I did not understand that question. Try: Summarize my GitHub", expectation))
                .isEqualTo(new AnswerScorer.Score(Verdict.NOT_UNDERSTOOD, Optional.of("not understood")));
    }

    @Test
    void datesAndHours_acceptTheUsualSpellings() {
        Expectation date = Expectation.of(FactFormats.date(LocalDate.of(2022, 2, 2)));
        Expectation hour = Expectation.of(FactFormats.hour(14));

        for (String answer : List.of("on 2022-02-02", "on February 2, 2022", "on 2 February 2022", "on Feb 2nd, 2022")) {
            assertThat(AnswerScorer.score(answer, date).verdict()).as(answer).isEqualTo(Verdict.RIGHT);
        }
        for (String answer : List.of("at 14:00", "around 2 pm", "at 2pm", "14h")) {
            assertThat(AnswerScorer.score(answer, hour).verdict()).as(answer).isEqualTo(Verdict.RIGHT);
        }
        assertThat(AnswerScorer.score("at 12 pm", hour).verdict()).isEqualTo(Verdict.WRONG_BUT_CONFIDENT);
    }
}
