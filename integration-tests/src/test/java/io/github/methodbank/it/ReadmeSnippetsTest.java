package io.github.methodbank.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/** Every ```java block of the README compiles against the current code, so the README never rots. */
class ReadmeSnippetsTest {

    private static final String IMPORTS = """
            import io.github.methodbank.core.*;
            import io.github.methodbank.core.export.*;
            import java.io.*;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.time.*;
            import java.util.*;
            """;

    static List<String> snippets() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyJavaSnippetCompiles() throws Exception {
        List<String> snippets = snippets();
        assertThat(snippets).isNotEmpty();
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> sources = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            String s = snippets.get(i);
            String body;
            if (s.contains("class ") && !s.trim().startsWith("//")) {
                body = IMPORTS + extraImports(s) + s.replaceAll("(?m)^import .*$", "");
                body = body.replaceFirst("(public )?(final )?class (\\w+)", "class Snippet" + i + "_$3");
            } else {
                body = IMPORTS + extraImports(s) + "class Snippet" + i + " {\n void run() throws Exception {\n" + s + "\n }\n}\n";
            }
            String name = "Snippet" + i;
            String code = body;
            sources.add(new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return code;
                }
            });
        }
        Path outDir = Files.createTempDirectory("snippets");
        StringWriter diagnostics = new StringWriter();
        boolean ok = compiler.getTask(diagnostics, null, null,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", outDir.toString(), "-proc:none"),
                null, sources).call();
        assertThat(ok).as("README snippets compile:\n" + diagnostics).isTrue();
    }

    @Test
    void everyOptionOfTheFirstPartyFormatsIsDocumented() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        for (var provider : io.github.methodbank.core.export.Exporters.discover()) {
            if (!provider.getClass().getName().startsWith("io.github.methodbank.")
                    || provider.getClass().getName().contains(".examples.")) {
                continue;
            }
            for (var option : provider.getOptions()) {
                assertThat(readme).as("README documents option %s of %s", option.getName(), provider.getFormat().getId())
                        .contains("`" + option.getName() + "`");
            }
        }
    }

    private static String extraImports(String snippet) {
        StringBuilder sb = new StringBuilder();
        Matcher m = Pattern.compile("(?m)^import .*;$").matcher(snippet);
        while (m.find()) {
            sb.append(m.group()).append('\n');
        }
        if (snippet.contains("PdfCard") || snippet.contains("CardSize") || snippet.contains("CardTheme")) {
            sb.append("import io.github.methodbank.pdf.*;\n");
        }
        if (snippet.contains("DocxWorkshop") || snippet.contains("WorkshopOptions")) {
            sb.append("import io.github.methodbank.docx.*;\n");
        }
        if (snippet.contains("MarkdownExporter")) {
            sb.append("import io.github.methodbank.examples.markdown.*;\n");
        }
        return sb.toString();
    }
}
