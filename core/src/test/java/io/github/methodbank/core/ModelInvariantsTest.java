package io.github.methodbank.core;

import static io.github.methodbank.core.TestBanks.method;
import static io.github.methodbank.core.TestBanks.phase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelInvariantsTest {

    private final Pathway dev = Pathway.of("kehittaminen", LocalizedText.of("fi", "Kehittäminen"),
            List.of(phase("kiinnostu"), phase("kokeile")));

    @Test
    void idsMustBeSlugs() {
        assertThatThrownBy(() -> phase("Kiinnostu")).hasMessageContaining("not a valid id")
                .hasMessageContaining("'kiinnostu'");
        assertThatThrownBy(() -> phase("a--b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> phase("-a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> method("Työ 2.0")).hasMessageContaining("'tyo-2-0'");
        assertThatThrownBy(() -> Pathway.of("Big Path", LocalizedText.of("en", "x"), List.of(phase("a"))))
                .hasMessageContaining("path id");
        assertThatThrownBy(() -> MethodBank.builder().id("Bad Id").build()).hasMessageContaining("bank id");
        assertThat(phase("a-1-b").getId()).isEqualTo("a-1-b");
    }

    @Test
    void phaseIdsAreUniqueWithinAPathAndAPathHasPhases() {
        assertThatThrownBy(() -> Pathway.of("p", LocalizedText.of("en", "P"), List.of(phase("a"), phase("a"))))
                .hasMessageContaining("phase 'a' twice");
        assertThatThrownBy(() -> Pathway.of("p", LocalizedText.of("en", "P"), List.of()))
                .hasMessageContaining("no phases");
    }

    @Test
    void pathAndMethodIdsAreUniqueInABank() {
        assertThatThrownBy(() -> MethodBank.builder().addPaths(dev, dev).build())
                .hasMessageContaining("path id 'kehittaminen' is used twice");
        assertThatThrownBy(() -> MethodBank.builder().addPaths(dev).addMethods(method("m"), method("m")).build())
                .hasMessageContaining("method id 'm' is used twice");
    }

    @Test
    void phaseReferencesMustResolve() {
        assertThatThrownBy(() -> MethodBank.builder().addPaths(dev)
                .addMethods(method("m", PhaseRef.of("kehittaminen", "kokeilee"))).build())
                .hasMessageContaining("path 'kehittaminen' has no phase 'kokeilee'")
                .hasMessageContaining("did you mean 'kehittaminen/kokeile'");
        assertThatThrownBy(() -> MethodBank.builder()
                .addMethods(method("m", PhaseRef.of("nowhere", "x"))).build())
                .hasMessageContaining("no path 'nowhere'");
    }

    @Test
    void aMethodListsAPhaseAndATagOnce() {
        PhaseRef ref = PhaseRef.of("kehittaminen", "kokeile");
        assertThatThrownBy(() -> method("m", ref, ref)).hasMessageContaining("twice");
        assertThatThrownBy(() -> Method.builder().from(method("m")).addTags("x", "x").build())
                .hasMessageContaining("tag 'x' twice");
        assertThatThrownBy(() -> Method.builder().from(method("m")).addTags(" ").build())
                .hasMessageContaining("empty tag");
    }

    @Test
    void linksAllowOnlyWebAndMailSchemes() {
        assertThat(Link.of(URI.create("https://example.org")).getUrl().getScheme()).isEqualTo("https");
        assertThat(Link.of(URI.create("mailto:a@example.org")).getUrl().getScheme()).isEqualTo("mailto");
        assertThatThrownBy(() -> Link.of(URI.create("javascript:alert(1)"))).hasMessageContaining("http://, https:// or mailto:");
        assertThatThrownBy(() -> Link.of(URI.create("file:///etc/passwd"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Link.of(URI.create("relative/path"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rangesAreOrderedAndNotNegative() {
        assertThat(Range.of(60, 90).formatNumbers()).contains("60–90");
        assertThat(Range.of(5, 5).formatNumbers()).contains("5");
        assertThat(Range.atLeast(5).formatNumbers()).contains("5+");
        assertThat(Range.atMost(30).formatNumbers()).isEmpty(); // "up to" needs words: Labels.formatRange
        assertThat(Range.atMost(30).getUpperBound()).hasValue(30);
        assertThat(Range.atLeast(5).getUpperBound()).hasValue(5);
        assertThatThrownBy(() -> Range.builder().build()).hasMessageContaining("needs a min, a max or a note");
        assertThat(Range.builder().note(LocalizedText.of("en", "Flexible")).build().getUpperBound()).isEmpty();
        assertThatThrownBy(() -> Range.of(-1, 3)).hasMessageContaining("below 0");
        assertThatThrownBy(() -> Range.of(9, 3)).hasMessageContaining("below its min");
        assertThatThrownBy(() -> Step.builder().title(LocalizedText.of("en", "x")).minutes(-5).build())
                .hasMessageContaining("-5 minutes");
    }

    @Test
    void imagesStayInsideTheBank() {
        assertThatThrownBy(() -> Method.builder().from(method("m")).image("../secret.png").build())
                .hasMessageContaining("leaves the bank's directory");
        assertThatThrownBy(() -> Method.builder().from(method("m")).image("/etc/x.png").build())
                .hasMessageContaining("relative");
        assertThatThrownBy(() -> Method.builder().from(method("m")).image("pic.gif").build())
                .hasMessageContaining("PNG or JPEG");
        assertThat(Method.builder().from(method("m")).image("images/a.JPG").build().getImage()).hasValue("images/a.JPG");
    }

    @Test
    void localizedTextNeedsALanguageAndValidTags() {
        assertThatThrownBy(() -> LocalizedText.of(Map.of())).hasMessageContaining("at least one language");
        assertThatThrownBy(() -> LocalizedText.of("finnish language", "x")).hasMessageContaining("language tag");
        assertThatThrownBy(() -> MethodBank.builder().defaultLanguage("?").build()).hasMessageContaining("defaultLanguage");
    }

    @Test
    void requiredFieldsAndNullsAreRejected() {
        assertThatThrownBy(() -> Method.builder().id("m").build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> Method.builder().id(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PhaseRef.of(null, "x")).hasMessageContaining("pathId");
    }

    @Test
    void valuesAreImmutable() {
        Method m = method("m", PhaseRef.of("kehittaminen", "kokeile"));
        assertThatThrownBy(() -> m.getPhases().add(PhaseRef.of("a", "b"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.getName().getValues().put("sv", "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void formatVersionMustBeOne() {
        assertThatThrownBy(() -> MethodBank.builder().formatVersion(2).build()).hasMessageContaining("formatVersion 2");
    }
}
