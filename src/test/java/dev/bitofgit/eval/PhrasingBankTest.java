package dev.bitofgit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoSpec;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shape of the bank: every family has exactly one held-out wording per style and at least four tuning wordings
 * per style (the tuning split may grow); casual ones are lower case; long ones give context first; every placeholder
 * is one the family fills. Failure messages name the family, never a held-out wording.
 */
class PhrasingBankTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    private static final List<DemoAccount> ACCOUNTS = List.of(DemoAccountGenerator.generate(DemoSpec.octoDemo(TODAY)),
            TravellingAccount.generate(TODAY));
    private final PhrasingBank bank = PhrasingBank.load();
    private final List<QuestionFamily> families = FamilyCatalog.all();

    @Test
    void theCatalog_hasAtLeast55FamiliesWithUniqueIds_andAtLeastThreeThatShouldAdmitNotKnowing() {
        Set<String> ids = families.stream().map(QuestionFamily::id).collect(Collectors.toSet());

        assertThat(families).hasSizeGreaterThanOrEqualTo(55);
        assertThat(ids).hasSameSizeAs(families);
        assertThat(UnknownFamilies.all()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void everyFamily_hasOneHeldOutAndOneDevWordingPerStyle_andAtLeastFourTuningOnes() {
        for (QuestionFamily family : families) {
            for (Style style : Style.values()) {
                List<PhrasingBank.Phrasing> wordings = bank.of(family.id()).stream()
                        .filter(phrasing -> phrasing.style() == style).toList();
                assertThat(wordings.stream().filter(phrasing -> phrasing.split() == Split.HELDOUT))
                        .as("%s %s held-out wordings", family.id(), style.key()).hasSize(1);
                assertThat(wordings.stream().filter(phrasing -> phrasing.split() == Split.DEV))
                        .as("%s %s dev wordings", family.id(), style.key()).hasSize(1);
                assertThat(wordings.stream().filter(phrasing -> phrasing.split() == Split.TUNING))
                        .as("%s %s tuning wordings", family.id(), style.key()).hasSizeGreaterThanOrEqualTo(4);
            }
        }
    }

    @Test
    void theFiles_nameOnlyKnownFamilies_andRepeatNoWording() {
        Set<String> ids = families.stream().map(QuestionFamily::id).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (PhrasingBank.Phrasing phrasing : bank.all()) {
            assertThat(ids).as("family of a %s wording", phrasing.split().key()).contains(phrasing.family());
            assertThat(seen.add(phrasing.family() + "\t" + phrasing.template()))
                    .as("a repeated %s wording of %s", phrasing.style().key(), phrasing.family()).isTrue();
        }
    }

    @Test
    void casualWordings_areLowerCase_andLongOnesGiveContextBeforeTheQuestion() {
        for (PhrasingBank.Phrasing phrasing : bank.all()) {
            String text = phrasing.template().replaceAll("\\{[a-z_]+}", "");
            if (phrasing.style() == Style.CASUAL) {
                assertThat(text).as("a casual wording of %s", phrasing.family()).isEqualTo(text.toLowerCase(Locale.ROOT));
            }
            if (phrasing.style() == Style.LONG) {
                assertThat(text.split("(?<=[.?!:])\\s+(?=\\S)").length)
                        .as("sentences of a long wording of %s", phrasing.family()).isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void everyPlaceholder_isFilledByItsFamily_forEveryAccountTheFamilyFits() {
        for (DemoAccount account : ACCOUNTS) {
            AccountFacts facts = new AccountFacts(account, TODAY);
            for (QuestionFamily family : families) {
                Optional<FamilyCase> asked = family.caseFor(facts);
                for (PhrasingBank.Phrasing phrasing : bank.of(family.id())) {
                    asked.ifPresent(familyCase -> assertThat(familyCase.parameters().keySet())
                            .as("parameters of %s for %s", family.id(), account.login())
                            .containsAll(FamilyCase.placeholders(phrasing.template())));
                }
            }
        }
    }
}
