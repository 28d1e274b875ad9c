package io.github.methodbank.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** The contract is worth something only if it fails for exporters that break it. */
class ContractCatchesBrokenExportersTest {

    private static List<String> failedTests(Class<?> contract) {
        Events failed = EngineTestKit.engine("junit-jupiter").selectors(selectClass(contract)).execute()
                .testEvents().failed();
        return failed.stream().map(Event::getTestDescriptor).map(d -> d.getDisplayName())
                .collect(Collectors.toList());
    }

    @Test
    void anExporterThatClosesTheStreamFails() {
        assertThat(failedTests(BrokenExporters.BrokenClosingContract.class))
                .contains("exportsEveryMethodOfTheSampleInEveryLanguage()", "reportsAFailingStreamAsAnExportException()",
                        "rejectsUnknownOptionKeys()");
    }

    @Test
    void anExporterThatSwallowsFailuresAndIsNotDeterministicFails() {
        assertThat(failedTests(BrokenExporters.BrokenSwallowingContract.class))
                .contains("reportsAFailingStreamAsAnExportException()", "sameInputGivesTheSameBytes()",
                        "concurrentExportsOnOneInstanceGiveTheSequentialBytes()");
    }
}
