package io.github.methodbank.cli;

import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.LocalizedText;
import picocli.CommandLine.Option;

/** --lang, shared by the commands that show or export text. */
final class Language {
    @Option(names = {"-l", "--lang"}, paramLabel = "LANG",
            description = "Language of the text (fi, sv, en or any BCP 47 tag). Default: the bank's.")
    String lang;

    /** The language to use for this bank. */
    String resolve(MethodBank bank) {
        String language = lang == null ? bank.getDefaultLanguage() : lang;
        if (!LocalizedText.isLanguageTag(language)) {
            throw new UserError("--lang: '" + language + "' is not a language tag such as fi, sv or en", Main.USAGE);
        }
        return language;
    }
}
