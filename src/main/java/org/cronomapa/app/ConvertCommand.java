package org.cronomapa.app;

import org.cronomapa.labels.Texts;
import java.nio.file.Path;
import org.cronomapa.export.EventExport;
import org.cronomapa.export.EventFormat;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.io.RegionsReader;
import org.cronomapa.model.Dataset;

/**
 * {@code --convert IN OUT}: every event of IN, read as any event file is (refused whole, with its
 * problems, if any row is bad), written to OUT in the format its extension names. OUT may be IN:
 * the new file replaces it only once complete, after the last row has been read.
 */
final class ConvertCommand {
    private ConvertCommand() {
    }

    static int run(Options o) throws Exception {
        Path in = o.path("--convert");
        Path out = o.secondPath("--convert");
        // Checked before reading, so a typing mistake in OUT costs no wait on a large IN.
        if (EventFormat.of(out).isEmpty()) {
            throw new Options.UsageException(t -> t.get("cli.convertFormat", out.toString(), EventFormat.allExtensions()));
        }
        Dataset data = DatasetFiles.open(in, RegionsReader.bundled());
        int written = EventExport.write(data, EventExport.allRows(data), out);
        Texts texts = o.texts();
        System.out.println(texts.get("cli.wroteEvents", String.valueOf(written), out.toString()));
        return 0;
    }
}
