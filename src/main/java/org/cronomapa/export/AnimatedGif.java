package org.cronomapa.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.FileImageOutputStream;

/**
 * An animated GIF written by the JDK's ImageIO GIF writer: one image per picture drawn, each with
 * its own 256-colour palette ({@link Palette}, median cut) and a delay covering the frames it is
 * held for, looping for ever (the NETSCAPE2.0 extension). Delays are whole hundredths of a second,
 * rounded on the running total so a long animation does not drift.
 */
public final class AnimatedGif implements FrameSink {
    private final int width;
    private final int height;
    private final int fps;
    private final ImageWriter writer;
    private final ImageOutputStream out;
    private long framesSoFar;
    private boolean first = true;
    private boolean closed;

    /** Writes to {@code file}: the caller passes a temporary file and moves it into place (io.AtomicFiles). */
    public AnimatedGif(Path file, int width, int height, int fps) throws IOException {
        this.width = width;
        this.height = height;
        this.fps = fps;
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("this Java has no GIF writer");
        }
        this.writer = writers.next();
        this.out = new FileImageOutputStream(file.toFile());
        try {
            writer.setOutput(this.out);
            writer.prepareWriteSequence(null);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void frame(int[] argb, int repeats) throws IOException {
        if (argb.length != width * height) {
            throw new IllegalArgumentException("a frame of " + argb.length + " pixels for " + width + "x" + height);
        }
        Palette palette = Palette.of(argb);
        IndexColorModel colours = new IndexColorModel(8, 256, palette.red, palette.green, palette.blue);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, colours);
        byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(palette.indices(argb), 0, target, 0, target.length);
        long start = Math.round(framesSoFar * 100.0 / fps);
        framesSoFar += repeats;
        int delay = (int) Math.min(65_535, Math.round(framesSoFar * 100.0 / fps) - start);
        IIOMetadata meta = metadata(image, palette, delay);
        writer.writeToSequence(new IIOImage(image, null, meta), null);
        first = false;
    }

    private IIOMetadata metadata(BufferedImage image, Palette palette, int delay) throws IIOInvalidTreeException {
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(Math.max(1, delay)));
        control.setAttribute("transparentColorIndex", "0");
        // The frame's own palette, always: left to itself the writer reuses the first frame's table
        // (written as the global one) for every later frame, whatever their colours.
        IIOMetadataNode table = child(root, "LocalColorTable");
        while (table.getFirstChild() != null) {
            table.removeChild(table.getFirstChild());
        }
        table.setAttribute("sizeOfLocalColorTable", "256");
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < 256; i++) {
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString(palette.red[i] & 255));
            entry.setAttribute("green", Integer.toString(palette.green[i] & 255));
            entry.setAttribute("blue", Integer.toString(palette.blue[i] & 255));
            table.appendChild(entry);
        }
        if (first) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0: for ever
            apps.appendChild(loop);
        }
        meta.setFromTree(format, root);
        return meta;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    @Override
    public void finish() throws IOException {
        writer.endWriteSequence();
        out.flush();
        close();
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            writer.dispose();
            out.close();
        }
    }
}
