package dev.bitofgit.answer;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.tools.ToolCatalog;
import dev.bitofgit.tools.ToolContext;
import dev.bitofgit.tools.ToolException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

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

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OfflineAnswerer.class);

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
        QuestionReader.Vocabulary vocabulary = vocabulary(tools, question);
        String claimed = question;
        question = Premises.withoutClaim(question, vocabulary);
        Question read = QuestionReader.question(question, vocabulary);
        Reading reading = QuestionReader.read(read, vocabulary, today);
        reading = followUp(reading, memory);
        // "Which of those …": the repositories the previous answer named, to which every repository result narrows.
        boolean narrowed = pointsBackToASet(reading) && !memory.repos().isEmpty();
        if (narrowed) {
            tools.narrowTo(memory.repos());
            reading = reading.withRepoSet(new Reading.RepoSet(memory.repos(), previousSet(memory.repos())));
        }
        Optional<Family> family = Families.best(reading);
        // "And in 2024?", "what about chat-server?": the previous question again, with what this one names instead.
        boolean elliptical = memory.question().isPresent() && (family.isEmpty() || ELLIPTICAL.matcher(question).find())
                && (reading.period().isPresent() || !reading.repos().isEmpty() || reading.zone().isPresent()
                || reading.author().isPresent() || reading.language().isPresent() || reading.repoSet().isPresent());
        if (elliptical) {
            Reading previous = QuestionReader.read(QuestionReader.question(memory.question().get(), vocabulary),
                    vocabulary, today);
            // A chain of follow-ups keeps what the last one changed: the repository it was about, its period.
            if (!previous.repos().isEmpty() && memory.repo().isPresent()) {
                previous = previous.withRepo(memory.repo().get());
            }
            if (previous.period().isPresent() && memory.range().isPresent()) {
                previous = previous.withPeriod(memory.range().get());
            }
            Reading merged = previous.overlaidWith(reading);
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
        Optional<String> verdict = Premises.verdict(question, vocabulary, today, tools);
        if (verdict.isPresent()) {
            return new Answer(verdict.get() + "\n\n_Read as: whether the repository is the one the superlative picks._",
                    "offline", Optional.empty(), tools.recorded(), Optional.empty(), List.of(), Answer.Memory.empty());
        }
        try {
            Optional<String> premise = Premises.check(claimed, vocabulary, today, tools);
            Reply answered = family.get().answer(understood, tools);
            Reply reply = premise.map(note -> new Reply(note + " " + answered.text(), answered.readAs(),
                    answered.chart(), answered.suggestions(), answered.repo())).orElse(answered);
            Set<String> ignored = ignored(read, reading, vocabulary, family.get());
            // A word the answer itself names ("I can't rank repositories by \"dependencies\"") was not ignored.
            ignored.removeIf(word -> (reply.text() + "\n" + reply.readAs()).toLowerCase(Locale.ROOT).matches("(?s).*[\"'“‘][^\"'”’]*\\b"
                    + Pattern.quote(word) + "\\b[^\"'”’]*[\"'”’].*"));
            String notes = notes(read, ignored);
            // Words it could not place, in a question it only half fits: say so up front rather than sound sure.
            int fit = family.get().fit(understood);
            String hedge = understood.author().isPresent() && !family.get().followsPeople()
                    ? "I can't narrow this kind of answer to " + understood.author().get() + "'s commits yet; here it is "
                    + "for the whole account. "
                    : ignored.size() >= 2 || (ignored.size() == 1 && fit < 62)
                    ? "I'm not sure I read all of that (see the last line); here is my best reading. "
                    : ignored.size() == 1 ? "I could not place \"" + ignored.iterator().next() + "\" in your question; "
                    + "here is the answer without it. " : "";
            if (pointsBackToASet(understood) && !narrowed) {
                hedge = "I can't narrow this to the repositories of my previous answer yet; here it is over all of "
                        + "yours. " + hedge;
            }
            // Conditions the question puts on its commits that this answer does not apply: say so first.
            Conditions conditions = Conditions.of(understood);
            Family chosen = family.get();
            List<Conditions.Type> unapplied = conditions.types().stream().filter(t -> !chosen.honours(t)).toList();
            List<String> notApplied = new ArrayList<>(conditions.said(unapplied));
            notApplied.addAll(thresholdsNotApplied(understood, chosen));
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
                String among = understood.repoSet().map(Reading.RepoSet::label).orElse(previousSet(memory.repos()));
                readAs = readAs.contains(among) ? readAs : readAs + "; among " + among;
            }
            String text = hedge + body + "\n\n_Read as: " + readAs + notes + "._";
            return new Answer(text, "offline", Optional.empty(), tools.recorded(), reply.chart(), reply.suggestions(),
                    new Answer.Memory(Optional.of(family.get().name()), reply.repo().or(understood::repo),
                            understood.period(), named(reply.text(), vocabulary.repos()),
                            Optional.of(elliptical ? memory.question().get() : question), person(reply.text())));
        } catch (ToolException e) {
            String message = e.getMessage();
            boolean unknownRepo = message.contains("no repository");
            return new Answer("I could not answer that: " + message + (unknownRepo ? ". Did you mean one of those?"
                    : ""), "offline", Optional.empty(), tools.recorded(), Optional.empty(), Examples.STARTERS,
                    Answer.Memory.empty());
        }
    }

    /** A number the question sets as a bound: "more than 100 characters", "fewer than 3 contributors". */
    private static final Pattern THRESHOLD = Pattern.compile("\\b(more|less|fewer|longer|"
            + "shorter|greater|bigger|larger|smaller|higher|lower|over|under|above|below|at least|at most|upwards of|"
            + "no more than|not more than)( than)?\\s+(\\d[\\d,.]*)\\s*\\+?\\s*([a-z]+)");

    /**
     * Bounds the question sets that no part of the answer applies: sizes of commits are conditions (see {@link
     * Conditions}); stars and forks bound repositories for the families that list or select them; time spans are
     * periods. Anything else is said, not silently dropped.
     */
    private static List<String> thresholdsNotApplied(Reading r, Family family) {
        List<String> missed = new ArrayList<>();
        Matcher matcher = THRESHOLD.matcher(r.text());
        while (matcher.find()) {
            String unit = matcher.group(4);
            boolean commitSize = unit.matches("files?|lines?|loc");
            boolean repoBound = unit.matches("stars?|forks?") && (family instanceof RepoListFamily
                    || family instanceof RepoRankFamily || family instanceof RepoAggregateFamily
                    || family instanceof SoloReposFamily || family.countsCommits(r));
            boolean repoMeasure = family instanceof RepoThresholdFamily;
            boolean span = unit.matches("(second|minute|hour|day|week|month|quarter|year)s?")
                    && (r.period().isPresent() || r.inactive().isPresent() || family instanceof RhythmFamily
                    || family instanceof StreakFamily);
            if (!commitSize && !repoBound && !span && !repoMeasure) {
                missed.add(matcher.group().trim());
            }
        }
        return missed;
    }

    /** A follow-up that leans on the previous question: "and in 2024?", "what about for chat-server", "same for …". */
    private static final Pattern ELLIPTICAL = Pattern.compile("^\\W*(and|but|so|ok(ay)?,?"
            + "( and)?|now|then)?\\s*(what|how) about\\b|^\\W*(and|but|now|ok(ay)?,?( and)?) (in|for|to|into|on|during|at|over|"
            + "since|before|after|with|by|from|the same|same)\\b|^\\W*(same|likewise|ditto) (for|in|on|with)\\b|^\\W*and "
            + "(the|that|this|last|next) (year|month|week|day|quarter)\\b|^\\W*(and|what about|how about) (he|she|him|her)\\b");

    /** The person an answer names first as "**Name (@login)**", for a follow-up's "he" or "she". */
    static Optional<String> person(String text) {
        Matcher m = Pattern.compile("\\*\\*[^*\\n]{0,60}\\(@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\\)\\*\\*")
                .matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** "The year after", "the following month", "the week before": the conversation's period moved by one. */
    private static final Pattern SHIFT = Pattern.compile("\\b(?:the )?(year|month|week|"
            + "day|quarter) (after|before|later|earlier|following)\\b|\\b(?:the )?(next|following|preceding|prior) "
            + "(year|month|week|day|quarter)\\b|\\ba (year|month|week) (later|earlier|before|after)\\b");

    static Optional<TimeRange> shifted(String text, TimeRange range) {
        Matcher m = SHIFT.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return Optional.empty();
        }
        String unit = m.group(1) != null ? m.group(1) : m.group(4) != null ? m.group(4) : m.group(5);
        String way = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(6);
        int step = way.matches("before|earlier|preceding|prior") ? -1 : 1;
        LocalDate since = range.since();
        long days = ChronoUnit.DAYS.between(range.since(), range.until());
        LocalDate moved = switch (unit) {
            case "year" -> since.plusYears(step);
            case "quarter" -> since.plusMonths(3L * step);
            case "month" -> since.plusMonths(step);
            case "week" -> since.plusWeeks(step);
            default -> since.plusDays(step);
        };
        // A whole calendar unit moves to the next whole unit ("in 2022" → 2023); any other span keeps its length.
        boolean wholeYear = since.getDayOfYear() == 1 && range.until().equals(since.plusYears(1));
        boolean wholeMonth = since.getDayOfMonth() == 1 && range.until().equals(since.plusMonths(1));
        LocalDate until = unit.equals("year") && wholeYear ? moved.plusYears(1)
                : unit.equals("month") && wholeMonth ? moved.plusMonths(1) : moved.plusDays(days);
        String label = wholeYear && unit.equals("year") ? "in " + moved.getYear()
                : wholeMonth && unit.equals("month") ? "in " + moved.getMonth().getDisplayName(TextStyle.FULL,
                Locale.ENGLISH) + " " + moved.getYear()
                : days == 1 ? "on " + moved : "from " + moved + " to " + until.minusDays(1);
        return Optional.of(new TimeRange(moved, until, label));
    }

    /** "it", "that repo", "there": the repository the conversation is about. */
    private static Reading followUp(Reading reading, Answer.Memory memory) {
        if (memory.range().isPresent()) {
            Optional<TimeRange> moved = shifted(reading.text(), memory.range().get());
            if (moved.isPresent()) {
                reading = reading.withPeriod(moved.get());
            }
        }
        // "he", "she": the person the previous answer named.
        if (reading.author().isEmpty() && memory.person().isPresent() && reading.matches("\\b(he|she|him|her|his)\\b")) {
            reading = reading.withAuthor(memory.person().get());
        }
        if (reading.repos().isEmpty() && memory.repo().isPresent() && reading.matches("\\b(it|its|that one|there|"
                + "(the|that|this|the same) (repo|repository|project|codebase))\\b(?!s)")) {
            reading = reading.withRepo(memory.repo().get());
        }
        // "that year", "the same month", "then": the period the conversation was about.
        if (reading.period().isEmpty() && memory.range().isPresent() && reading.matches("\\b(that|the same|this same) "
                + "(year|month|week|quarter|period|time|day)\\b|\\b(back )?then\\b(?! (again|on))|\\bin that period\\b")) {
            reading = reading.withPeriod(memory.range().get());
        }
        return reading;
    }

    /** How the answer names the previous answer's repositories. */
    private static String previousSet(List<String> names) {
        return names.size() == 1 ? "the one repository of my previous answer (" + names.get(0) + ")"
                : "the " + names.size() + " repositories of my previous answer" + (names.size() <= 8
                ? " (" + String.join(", ", names) + ")" : "");
    }

    /** The account's repositories an answer names, in the order it names them, for a follow-up's "of those". */
    static List<String> named(String text, List<String> repos) {
        String lower = text.toLowerCase(Locale.ROOT);
        TreeMap<Integer, String> found = new TreeMap<>();
        for (String repo : repos) {
            Matcher m = Pattern.compile("(?<![\\w.-])" + Pattern.quote(
                    repo.toLowerCase(Locale.ROOT)) + "(?![\\w-]|\\.\\w)").matcher(lower);
            if (m.find()) {
                found.put(m.start(), repo);
            }
        }
        return List.copyOf(found.values());
    }

    /** "which of those", "of them", "these repos": a set from the previous answer. */
    private static boolean pointsBackToASet(Reading r) {
        return r.matches("\\b(of those|of these|of them|those (repos|repositories|projects|ones)|these (repos|"
                + "repositories|projects|ones)|among (them|those|these)|which of those|which of these)\\b");
    }

    private QuestionReader.Vocabulary vocabulary(ToolCalls tools, String question) {
        List<String> repos = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            var arguments = tools.args().put("limit", 100).put("sort", "name");
            cursor.ifPresent(value -> arguments.put("cursor", value));
            JsonNode page = tools.lookup("list_repos", arguments);
            page.get("repos").forEach(repo -> repos.add(repo.get("name").asString()));
            cursor = page.get("next_cursor").isNull() ? Optional.empty()
                    : Optional.of(page.get("next_cursor").asString());
        } while (cursor.isPresent());
        Set<String> known = new HashSet<>(languages);
        tools.lookup("get_language_breakdown", tools.args()).get("by_bytes")
                .forEach(item -> known.add(item.get("language").asString()));
        Set<String> techs = new HashSet<>(technologies);
        tools.lookup("aggregate_repo_metrics", tools.args()).get("technologies").propertyNames()
                .forEach(techs::add);
        techs.removeAll(known);
        List<QuestionReader.Person> people = new ArrayList<>();
        if (mayNameSomeone(question, repos, known, techs)) {
            tools.lookup("list_collaborators", tools.args().put("limit", 50)).get("collaborators").forEach(person ->
                    people.add(new QuestionReader.Person(Optional.ofNullable(person.get("login"))
                            .filter(login -> !login.isNull()).map(JsonNode::asString), person.get("name").asString())));
        }
        return new QuestionReader.Vocabulary(repos, known, techs, people);
    }

    /**
     * Whether a word of the question could be a person's login or name — one that is no English word, keyword,
     * repository, language or technology, or a capitalised word inside the sentence — so the people of the account
     * (a scan of its commits) are looked up only for questions that may name one.
     */
    private static boolean mayNameSomeone(String question, List<String> repos, Set<String> languages, Set<String> techs) {
        Set<String> taken = new HashSet<>();
        repos.forEach(repo -> taken.addAll(List.of(repo.toLowerCase(Locale.ROOT).split("[-_.]"))));
        repos.forEach(repo -> taken.add(repo.toLowerCase(Locale.ROOT)));
        languages.forEach(language -> taken.add(language.toLowerCase(Locale.ROOT)));
        techs.forEach(tech -> taken.addAll(List.of(tech.toLowerCase(Locale.ROOT).split("[ .]"))));
        String[] tokens = question.split("[^\\p{L}\\p{N}@_-]+");
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i].replaceFirst("^@", "");
            String lower = token.toLowerCase(Locale.ROOT);
            if (lower.length() < 3 || taken.contains(lower) || Lexicon.COMMON.contains(lower)) {
                continue;
            }
            boolean unknown = !EnglishWords.contains(lower) && !Lexicon.KEYWORDS.contains(lower)
                    && !Plain.WORDS.contains(lower);
            boolean capitalised = i > 0 && Character.isUpperCase(token.charAt(0));
            if (unknown || capitalised || tokens[i].startsWith("@")) {
                return true;
            }
        }
        return false;
    }

    /** Corrected spellings and the words no part of the reading used, for the honesty line. */
    private static String notes(Question question, Set<String> ignored) {
        StringBuilder notes = new StringBuilder();
        if (!question.corrections().isEmpty()) {
            notes.append("; read ").append(String.join(", ", question.corrections().stream()
                    .map(c -> "'" + c.replace(" → ", "' as '") + "'").toList()));
        }
        if (!ignored.isEmpty()) {
            notes.append(". I ignored: ").append(String.join(", ", ignored.stream().map(w -> "'" + w + "'").toList()));
        }
        return notes.toString();
    }

    /** Content words of the asking sentence that no part of the reading, and no vocabulary, accounts for. */
    private static Set<String> ignored(Question question, Reading reading, QuestionReader.Vocabulary vocabulary,
                                       Family family) {
        Set<String> ignored = new LinkedHashSet<>();
        if (family instanceof SearchFamily || family instanceof ConversationFamily || family instanceof UnsupportedFamily) {
            return ignored;
        }
        Set<String> known = new HashSet<>();
        vocabulary.repos().forEach(repo -> {
            known.add(repo.toLowerCase(Locale.ROOT));
            known.addAll(List.of(repo.toLowerCase(Locale.ROOT).split("[-_.]")));
        });
        vocabulary.languages().forEach(l -> known.add(l.toLowerCase(Locale.ROOT)));
        known.addAll(vocabulary.personWords());
        vocabulary.technologies().forEach(t -> {
            known.add(t.toLowerCase(Locale.ROOT));
            known.addAll(List.of(t.toLowerCase(Locale.ROOT).split("[ .]")));
        });
        RepoListFamily.topic(reading).ifPresent(known::add);
        String zone = reading.zone().map(z -> z.id().toLowerCase(Locale.ROOT)).orElse("");
        for (String word : QuestionReader.contentWords(question.focus())) {
            if (!zone.contains(word) && !known.contains(word) && !Lexicon.ZONES.containsKey(word)
                    && !Lexicon.NEGATORS.contains(word) && !word.matches(".*\\d.*") && !word.contains("/")
                    && !reading.term().map(t -> t.toLowerCase(Locale.ROOT).contains(word)).orElse(false)
                    && !Plain.WORDS.contains(word) && !family.consumes(word) && !word.matches(".+-(based|first|heavy|only|lang|language)")) {
                ignored.add(word);
            }
        }
        return ignored;
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
