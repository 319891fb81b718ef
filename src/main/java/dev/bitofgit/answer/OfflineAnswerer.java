package dev.bitofgit.answer;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.tools.ToolCatalog;
import dev.bitofgit.tools.ToolContext;
import dev.bitofgit.tools.ToolException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default answerer, deterministic and offline: reads the question into a typed {@link Reading}, lets the
 * question family that fits best call the catalog's tools, and writes the answer from their results only — ending
 * with one line that says how the question was read, which words it corrected and which it ignored. When no family
 * fits, it says so and offers questions it can answer.
 */
public final class OfflineAnswerer implements Answerer {
    private final ToolCatalog catalog;
    private final Clock clock;
    private final Set<String> languages;
    private final Set<String> technologies;

    public OfflineAnswerer(ToolCatalog catalog, Clock clock) {
        this(catalog, clock, Set.of(), Set.of());
    }

    /**
     * @param languages    language names the signal detector knows (the account's own come from the store)
     * @param technologies framework and tool names the signal detector knows
     */
    public OfflineAnswerer(ToolCatalog catalog, Clock clock, Set<String> languages, Set<String> technologies) {
        this.catalog = requireNonNull(catalog, "catalog == null");
        this.clock = requireNonNull(clock, "clock == null");
        this.languages = Set.copyOf(languages);
        this.technologies = Set.copyOf(technologies);
    }

    private static final Logger LOG = LoggerFactory.getLogger(OfflineAnswerer.class);

    @Override
    public Answer answer(String username, String question, Answer.Memory memory, ToolContext context) {
        try {
            return answerOrThrow(username, question, memory, context);
        } catch (NullPointerException | IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException
                 | ClassCastException | ArithmeticException | DateTimeException
                 | NoSuchElementException | UnsupportedOperationException e) {
            // Programming errors only (store failures pass on, and the web layer answers 503 or 500). A reading the families did not expect must not cost the user an error page: say so, log the cause.
            String id = UUID.randomUUID().toString();
            LOG.error("offline answer {} failed for question of {} characters", id, question.length(), e);
            return new Answer("I'm not sure how to answer that — reading it went wrong on my side (logged as " + id
                    + "). Try asking it another way, for example:\n\n- " + String.join("\n- ", Examples.STARTERS),
                    "offline", Optional.empty(), List.of(), Optional.empty(), Examples.STARTERS, Answer.Memory.empty());
        }
    }

    private Answer answerOrThrow(String username, String question, Answer.Memory memory, ToolContext context) {
        Optional<String> impossible = TimeRanges.impossibleDate(question);
        if (impossible.isPresent()) {
            return new Answer(impossible.get() + " Ask about a day the calendar has, and I will count it.\n\n_Read as: "
                    + "a question about a date that does not exist._", "offline", Optional.empty(), List.of(),
                    Optional.empty(), Examples.STARTERS, Answer.Memory.empty());
        }
        List<String> parts = MultiPart.split(question, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        if (parts.size() >= 2) {
            List<Answer> answers = new ArrayList<>();
            Answer.Memory carried = memory;
            for (String part : parts) {
                Answer answer = answerOne(username, part, carried, context);
                answers.add(answer);
                carried = answer.memory();
            }
            boolean distinct = answers.stream().map(Answer::answer).distinct().count() == answers.size();
            if (distinct && answers.stream().allMatch(MultiPart::understood)) {
                return joined(answers);
            }
        }
        return answerOne(username, question, memory, context);
    }

    /** One answer per part, numbered, each with its own "Read as" line. */
    private static Answer joined(List<Answer> answers) {
        StringBuilder text = new StringBuilder();
        List<ToolCall> calls = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            text.append(i == 0 ? "" : "\n\n").append("**").append(i + 1).append(".** ").append(answers.get(i).answer());
            calls.addAll(answers.get(i).toolCalls());
        }
        Answer last = answers.get(answers.size() - 1);
        return new Answer(text.toString(), "offline", Optional.empty(), calls,
                answers.stream().map(Answer::chart).flatMap(Optional::stream).findFirst(), last.suggestions(), last.memory());
    }

    private Answer answerOne(String username, String question, Answer.Memory memory, ToolContext context) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        ToolCalls tools = new ToolCalls(catalog, context, username, today);
        // the turn before may name the person a follow-up's "those" or "he" leans on
        String asked = question;
        QuestionReader.Vocabulary vocabulary = AccountVocabulary.lookUp(tools, memory.question().map(before -> asked
                + " " + before).orElse(asked), languages, technologies);
        String claimed = question;
        question = Premises.withoutClaim(question, vocabulary);
        Question read = QuestionReader.question(question, vocabulary);
        Reading reading = QuestionReader.read(read, vocabulary, today);
        reading = FollowUps.followUp(reading, memory);
        // "Which repository got the most of them?" after "How many commits did I make in 2025?": "them" are the
        // previous question's commits, so its period and person still hold.
        boolean inherited = false;
        String askedAs = question; // the question as this turn read it, remembered for the next
        if (memory.question().isPresent() && memory.repos().isEmpty()
                && reading.matches("\\b(of (them|those|these)|those|these|them)\\b")) {
            inherited = true;
            String said = question;
            // "how many of those got merged" after "how many pull requests has Linus opened?": those pull requests
            Reading before = QuestionReader.read(QuestionReader.question(memory.question().get(), vocabulary), vocabulary, today);
            String subject = WorkSubjects.pullRequests(before) ? "pull requests" : WorkSubjects.issues(before) ? "issues"
                    : WorkSubjects.reviews(before) ? "reviews" : "";
            // a noun of its own, not a verb ("merged" is said of pull requests and of commits alike)
            if (!subject.isEmpty() && !reading.matches("\\b(pull requests?|prs?|pulls|issues?|bugs?|tickets?|reviews?|commits?)\\b")) {
                // a state the turn before asked about ("closed as not planned") is not carried: say so rather than drop it
                String state = "\\b(not planned|completed|still open|open|closed|merged|unmerged|draft|approved|changes requested)\\b";
                inherited = !before.matches(state) || reading.matches(state);
                said = question.replaceFirst("(?i)\\b(those|these|them)\\b", "$1 " + subject);
                read = QuestionReader.question(said, vocabulary);
                reading = FollowUps.followUp(QuestionReader.read(read, vocabulary, today), memory);
            }
            // "How many of those pull requests were merged?" after the ones sent to other people's repositories
            if (PullRequestFamily.elsewhere(before) && WorkSubjects.pullRequests(reading) && !PullRequestFamily.elsewhere(reading)) {
                said = said.replaceFirst("[?.!\\s]*$", "") + " in other people's repositories?";
                read = QuestionReader.question(said, vocabulary);
                reading = FollowUps.followUp(QuestionReader.read(read, vocabulary, today), memory);
            }
            // "How many of those were merged?" after "How many pull requests did I open in 2024?": mine
            if ((WorkSubjects.pullRequests(reading) || WorkSubjects.issues(reading)) && WorkSubjects.author(before).equals("me")
                    && !WorkSubjects.author(reading).equals("me")) {
                said = said.replaceFirst("[?.!\\s]*$", "") + " that I opened?";
                read = QuestionReader.question(said, vocabulary);
                reading = FollowUps.followUp(QuestionReader.read(read, vocabulary, today), memory);
            }
            askedAs = said;
            if (reading.period().isEmpty() && memory.range().isPresent()) {
                reading = reading.withPeriod(memory.range().get());
            }
            if (reading.author().isEmpty() && before.author().isPresent()) {
                reading = reading.withAuthor(before.author().get());
            }
        }
        // "Which of those …": the repositories the previous answer named, to which every repository result narrows.
        boolean narrowed = FollowUps.pointsBackToASet(reading) && !memory.repos().isEmpty();
        if (narrowed) {
            tools.narrowTo(memory.repos());
            reading = reading.withRepoSet(new Reading.RepoSet(memory.repos(), FollowUps.previousSet(memory.repos())));
        }
        Optional<Family> family = Families.best(reading);
        // "And in 2024?", "what about chat-server?": the previous question again, with what this one names instead.
        boolean elliptical = memory.question().isPresent() && (family.isEmpty() || FollowUps.ELLIPTICAL.matcher(question).find()
                && !FollowUps.newSubject(reading, family.get(), memory))
                && (reading.period().isPresent() || !reading.repos().isEmpty() || reading.zone().isPresent()
                || reading.author().isPresent() || reading.language().isPresent() || reading.repoSet().isPresent());
        if (elliptical) {
            Reading previous = QuestionReader.read(QuestionReader.question(memory.question().get(), vocabulary),
                    vocabulary, today);
            // A chain of follow-ups keeps what the last one changed: the repository it was about, its period.
            if (!previous.repos().isEmpty() && memory.repo().isPresent()) {
                previous = previous.withRepo(memory.repo().get());
            }
            boolean comparison = previous.periods().size() >= 2;
            if (!comparison && previous.period().isPresent() && memory.range().isPresent()) {
                previous = previous.withPeriod(memory.range().get());
            }
            // A comparison of two periods is not re-asked with one ("more this year than last?" → "what about 2023?")
            Reading merged = comparison && reading.periods().size() < 2 && reading.period().isPresent()
                    ? reading : previous.overlaidWith(reading);
            Optional<Family> again = Families.best(merged);
            if (again.isPresent()) {
                reading = merged;
                family = again;
            } else {
                elliptical = false;
            }
        }
        if (family.isEmpty() && memory.intent().isPresent() && (reading.period().isPresent()
                || !reading.repos().isEmpty() || reading.zone().isPresent())) {
            family = Families.named(memory.intent().get());
            if (family.isPresent() && family.get() instanceof RepoFactFamily && reading.repos().isEmpty() && memory.repo().isPresent()) {
                reading = reading.withRepo(memory.repo().get());
            }
            if (family.isPresent() && reading.period().isEmpty() && memory.range().isPresent()) {
                reading = reading.withPeriod(memory.range().get());
            }
        }
        if (family.isEmpty()) {
            return notUnderstood(tools);
        }
        if (family.get().countsCommits(reading) && reading.repo().isEmpty() && (reading.repoSet().isEmpty() || narrowed)
                && RepoSets.filtersRepos(reading)) {
            Reading.RepoSet set = RepoSets.resolve(reading, tools);
            if (set.names().isEmpty()) {
                return new Answer("None of your repositories " + RepoListFamily.condition(reading)
                        + ", so there are no commits of them to count.\n\n_Read as: " + set.label() + "._", "offline",
                        Optional.empty(), tools.recorded(), Optional.empty(), List.of(), Answer.Memory.empty());
            }
            reading = reading.withRepoSet(set);
        }
        Reading understood = reading;
        boolean inheritedSubject = inherited;
        Optional<String> verdict = Premises.verdict(question, vocabulary, today, tools);
        if (verdict.isPresent()) {
            return new Answer(verdict.get() + "\n\n_Read as: whether the repository is the one the superlative picks._",
                    "offline", Optional.empty(), tools.recorded(), Optional.empty(), List.of(), Answer.Memory.empty());
        }
        try {
            Optional<String> premise = Premises.check(claimed, vocabulary, today, tools);
            Reply answered = bothPeriods(understood, family.get())
                    ? PeriodPair.answer(understood, family.get(), tools) : family.get().answer(understood, tools);
            Reply reply = premise.map(note -> new Reply(note + " " + answered.text(), answered.readAs(),
                    answered.chart(), answered.suggestions(), answered.repo())).orElse(answered);
            Set<String> ignored = HonestyNotes.ignored(read, reading, vocabulary, family.get());
            // A word the answer itself names ("I can't rank repositories by \"dependencies\"") was not ignored.
            ignored.removeIf(word -> (reply.text() + "\n" + reply.readAs()).toLowerCase(Locale.ROOT).matches("(?s).*[\"'“‘][^\"'”’]*\\b"
                    + Pattern.quote(word) + "\\b[^\"'”’]*[\"'”’].*"));
            String notes = HonestyNotes.notes(read, ignored);
            // Words it could not place, in a question it only half fits: say so up front rather than sound sure.
            int fit = family.get().fit(understood);
            String hedge = understood.author().isPresent() && !family.get().followsPeople()
                    ? "I can't narrow this kind of answer to " + understood.author().get() + "'s commits yet; here it is "
                    + "for the whole account. "
                    : ignored.size() >= 2 || (ignored.size() == 1 && fit < 62)
                    ? "I'm not sure I read all of that (see the last line); here is my best reading. "
                    : ignored.size() == 1 ? "I could not place \"" + ignored.iterator().next() + "\" in your question; "
                    + "here is the answer without it. " : "";
            if (FollowUps.pointsBackToASet(understood) && !narrowed && memory.question().isPresent() && !inheritedSubject) {
                hedge = "I can't narrow this to what my previous answer counted yet; here it is over all of "
                        + "yours. " + hedge;
            }
            // Conditions the question puts on its commits that this answer does not apply: say so first.
            Conditions conditions = Conditions.of(understood);
            Family chosen = family.get();
            List<Conditions.Type> unapplied = conditions.types().stream().filter(t -> !chosen.honours(t)).toList();
            List<String> notApplied = new ArrayList<>(conditions.said(unapplied));
            notApplied.addAll(HonestyNotes.thresholdsNotApplied(understood, chosen));
            if (!notApplied.isEmpty()) {
                hedge = "I could not apply " + Say.join(notApplied.stream().map(c -> "\"" + c + "\"").toList())
                        + " to this kind of answer; here it is without " + (notApplied.size() == 1 ? "it" : "them")
                        + ". " + hedge;
            }
            // "More in X or in Y?" asks which; a yes or no answers a different question: say so rather than sound sure.
            if (understood.matches("\\b(more|less|fewer|most|which|bigger|busier)\\b[^?]*\\bor\\b")
                    && reply.text().matches("(?s)^(Yes|No) —.*")) {
                hedge = "I could not weigh both sides of that question against each other; here is the one I could "
                        + "read. " + hedge;
            }
            String body = reply.text().replaceAll("(?<=\\S)  +(?=\\S)", " ");
            String readAs = reply.readAs();
            if (narrowed) {
                body = body.replace("of your repositories", "of those repositories");
                String among = understood.repoSet().map(Reading.RepoSet::label).orElse(FollowUps.previousSet(memory.repos()));
                readAs = readAs.contains(among) ? readAs : readAs + "; among " + among;
            }
            String text = hedge + body + "\n\n_Read as: " + readAs + notes + "._";
            return new Answer(text, "offline", Optional.empty(), tools.recorded(), reply.chart(), reply.suggestions(),
                    new Answer.Memory(Optional.of(family.get().name()), reply.repo().or(understood::repo),
                            understood.period().or(() -> FollowUps.day(reply.text())),
                            FollowUps.named(reply.text(), vocabulary.repos()),
                            Optional.of(elliptical ? memory.question().get() : askedAs),
                            FollowUps.person(reply.text(), vocabulary.repos())));
        } catch (ToolException e) {
            String message = e.getMessage();
            boolean unknownRepo = message.contains("no repository");
            return new Answer("I could not answer that: " + message + (unknownRepo ? ". Did you mean one of those?"
                    : ""), "offline", Optional.empty(), tools.recorded(), Optional.empty(), Examples.STARTERS,
                    Answer.Memory.empty());
        }
    }

    /**
     * "Did I give more reviews in 2026 than in 2025?": two periods set against each other, about something the
     * commit comparison does not count — the family answers each period and both answers are given.
     */
    private static boolean bothPeriods(Reading r, Family family) {
        return r.periods().size() == 2 && !(family instanceof CompareFamily) && !(family instanceof UnsupportedFamily)
                && !(family instanceof UnknownRepoFamily) && !(family instanceof ConversationFamily)
                && r.matches("\\b(more|fewer|less|compare[sd]?|comparison|vs\\.?|versus|than|against|or|higher|lower|"
                + "change|changed|differ|difference|up|down)\\b");
    }

    private static Answer notUnderstood(ToolCalls tools) {
        StringBuilder text = new StringBuilder("I did not understand that question. I can answer questions about "
                + "your repositories (languages, frameworks, tests, CI, Docker, licenses, visibility, forks), your "
                + "commits (counts, busiest periods, streaks, lines, first and latest), collaborators and comparisons "
                + "— for example:\n");
        Examples.STARTERS.forEach(example -> text.append("\n- ").append(example));
        return new Answer(text.toString(), "offline", Optional.empty(), tools.recorded(), Optional.empty(),
                Examples.STARTERS, Answer.Memory.empty());
    }
}
