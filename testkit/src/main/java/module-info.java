/** The contract test every exporter extends (JUnit 5). */
module io.github.methodbank.testkit {
    requires transitive io.github.methodbank.core;
    requires transitive org.junit.jupiter.api;
    requires org.assertj.core;

    exports io.github.methodbank.testkit;
}
