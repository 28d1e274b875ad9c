package io.github.methodbank.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** methodbank completion: prints a bash/zsh completion script. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a bash (and zsh) completion script for methodbank.",
            "Use: source <(java -jar methodbank.jar completion), with an alias or script named methodbank on the PATH."})
final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("methodbank", Main.commandLine()));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
