package org.cronomapa.io;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * Writes every file Cronomapa produces: into a temporary file in the same folder, moved into place
 * only once complete, so a killed or failed export never leaves a half-written file under its
 * final name. Failures come back as one {@link IOException} whose message names the file and says
 * why in plain words (no such folder, permission denied, disk full).
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** The bytes a file's content is written to. */
    @FunctionalInterface
    public interface Body<S> {
        void writeTo(S out) throws IOException;
    }

    public static void write(Path target, Body<OutputStream> body) throws IOException {
        try {
            writeFile(target, temp -> {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                    body.writeTo(out);
                }
            });
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("unreachable: the body throws only IOException", e);
        }
    }

    /** A file written by a library that wants a path of its own (a video encoder, ImageIO's GIF writer). */
    @FunctionalInterface
    public interface FileBody {
        void writeTo(Path temporary) throws Exception;
    }

    /**
     * As {@link #write(Path, Body)}, for a writer that needs a path: {@code body} writes the temporary
     * file beside the target (and closes what it opened), which is then moved into place. On any
     * failure the temporary file is deleted; an {@link IOException} comes back naming the target and
     * the reason, anything else as thrown.
     */
    public static void writeFile(Path target, FileBody body) throws Exception {
        Path dir = target.toAbsolutePath().getParent();
        Path temp;
        try {
            temp = temporaryBeside(dir, target.getFileName().toString());
        } catch (IOException e) {
            throw new IOException(message(target, e), e);
        }
        try {
            body.writeTo(temp);
            move(temp, target);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw new IOException(message(target, e), e);
        } catch (Exception | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * A new empty {@code .NAME….part} in the folder. Not {@code Files.createTempFile}: that makes
     * the file readable by its owner only, and the export would keep those rights once moved into
     * place; a file created plainly gets the rights the user's other new files get.
     */
    private static Path temporaryBeside(Path dir, String name) throws IOException {
        while (true) {
            Path temp = dir.resolve("." + name + Long.toUnsignedString(RANDOM.nextLong()) + ".part");
            try {
                Path made = Files.createFile(temp);
                // An export cut short by the app's exit (a daemon thread writing an animation) leaves no .part behind.
                made.toFile().deleteOnExit();
                return made;
            } catch (FileAlreadyExistsException taken) {
                // Another write to the same name picked the same number: pick again.
            }
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A UTF-8 text file, written as {@link #write(Path, Body)} does. */
    public static void writeText(Path target, Body<Writer> body) throws IOException {
        write(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            body.writeTo(w);
            w.flush();
        });
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** "cannot write FILE: reason", with the reason in words rather than an exception's class name. */
    static String message(Path target, IOException e) {
        if (e.getMessage() != null && e.getMessage().startsWith("cannot write ")) {
            return e.getMessage();
        }
        String reason;
        if (e instanceof NoSuchFileException) {
            reason = "the folder " + target.toAbsolutePath().getParent() + " does not exist";
        } else if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            reason = fs.getReason();
        } else {
            reason = String.valueOf(e.getMessage());
        }
        return "cannot write " + target + ": " + reason;
    }
}
