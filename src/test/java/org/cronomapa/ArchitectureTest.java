package org.cronomapa;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The pipeline's dependency arrows (files → model → timeline → filter → state → render → ui → app), as a
 * whitelist: each package names everything it may use, so a new library or a new arrow fails here
 * until someone decides it (docs/decisions/0001). A new package fails {@link #onlyKnownPackages}
 * until it gets its own rule below.
 */
@AnalyzeClasses(packages = "org.cronomapa", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    // Libraries, by what they are for.
    private static final String JAVA = "java..";
    private static final String JTS = "org.locationtech.jts..";
    private static final String JACKSON = "com.fasterxml.jackson..";
    private static final String JAVAFX = "javafx..";
    private static final String CONTROLSFX = "org.controlsfx..";
    /** javafx.base: observable properties and collections, no scene graph. */
    private static final String[] FX_BASE = {"javafx.beans..", "javafx.collections.."};
    /** What the renderer draws with: a canvas and its paints, images, fonts and geometry. */
    private static final String[] FX_DRAWING = {"javafx.scene.canvas..", "javafx.scene.paint..",
        "javafx.scene.image..", "javafx.scene.text..", "javafx.geometry.."};

    // Our packages.
    private static final String MODEL = "org.cronomapa.model..";
    private static final String IO = "org.cronomapa.io..";
    private static final String TIMELINE = "org.cronomapa.timeline..";
    private static final String MAP = "org.cronomapa.map..";
    private static final String RENDER = "org.cronomapa.render..";
    private static final String FILTER = "org.cronomapa.filter..";
    private static final String STATE = "org.cronomapa.state..";
    private static final String UI = "org.cronomapa.ui..";
    private static final String EXPORT = "org.cronomapa.export..";
    private static final String LABELS = "org.cronomapa.labels..";
    private static final String CHARTS = "org.cronomapa.charts..";
    private static final String BRIEFING = "org.cronomapa.briefing..";
    private static final String APP = "org.cronomapa.app..";
    private static final String PDFBOX = "org.apache.pdfbox..";

    @ArchTest
    static final ArchRule onlyKnownPackages = classes().that().resideInAPackage("org.cronomapa..")
            .should().resideInAnyPackage(MODEL, IO, TIMELINE, MAP, FILTER, RENDER, CHARTS, STATE, LABELS, UI, EXPORT, BRIEFING, APP)
            .because("each package has a whitelist below; a new one (say export) must get its own rule, "
                    + "decided when it is created, not after it has grown arrows");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.cronomapa.(*)..").should().beFreeOfCycles()
            .because("the pipeline runs one way, so any stage can be read and tested with only the ones before it");

    @ArchTest
    static final ArchRule modelIsPlain = classes().that().resideInAPackage(MODEL)
            .should().onlyDependOnClassesThat().resideInAnyPackage(MODEL, JAVA, JTS)
            .because("the records must be usable by any reader, writer or test without a toolkit or a file format; "
                    + "JTS is the geometry of the regions");

    @ArchTest
    static final ArchRule ioKnowsNoToolkit = classes().that().resideInAPackage(IO)
            .should().onlyDependOnClassesThat().resideInAnyPackage(IO, MODEL, JAVA, JACKSON, JTS)
            .because("readers and writers turn files into the model and run in command-line modes and tests "
                    + "with no display");

    @ArchTest
    static final ArchRule timelineIsPureJava = classes().that().resideInAPackage(TIMELINE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(TIMELINE, MODEL, JAVA)
            .because("the time index and playback are tested against brute-force oracles with no toolkit");

    @ArchTest
    static final ArchRule mapIsPureJava = classes().that().resideInAPackage(MAP)
            .should().onlyDependOnClassesThat().resideInAnyPackage(MAP, MODEL, JAVA, JTS)
            .because("projection and viewport maths must be testable without a window");

    @ArchTest
    static final ArchRule filterIsPureJava = classes().that().resideInAPackage(FILTER)
            .should().onlyDependOnClassesThat().resideInAnyPackage(FILTER, TIMELINE, MODEL, JAVA)
            .because("what is visible is one pure function of dataset, filter and day, checked against a brute-force "
                    + "oracle with no toolkit; every view and export reads its result (docs/decisions/0012)");

    /*
     * Exceptions, each narrower than the library it comes from:
     * - org.locationtech.jts.geom (that package only, not geom.prep/util or JTS's algorithm,
     *   operation and index packages): the model hands out region outlines and bounds as JTS
     *   values (Geometry, Polygon, LinearRing, Coordinate, Envelope), and MapPath (projecting
     *   them for every drawing target), RegionRaster, CapitalInset and MapRenderer walk and frame them. Spatial questions
     *   (which region holds a point) stay in the model.
     * - FillRule and StrokeLineJoin: GraphicsContext.setFillRule and setLineJoin take them, so they
     *   are part of the canvas API even though they live in javafx.scene.shape (whose Shape nodes stay
     *   forbidden). Text halos are stroked with round joins.
     * - SnapshotParameters: Canvas.snapshot takes it; it is how a canvas becomes pixels
     *   (Snapshots), not a scene.
     * - Platform: Snapshots hands a snapshot to the FX thread when a render thread draws the
     *   window's map (docs/decisions/0023-fps-render-thread.md); nothing else in render runs later.
     */
    @ArchTest
    static final ArchRule renderDrawsOnly = classes().that().resideInAPackage(RENDER)
            .should().onlyDependOnClassesThat(resideInAnyPackage(RENDER, FILTER, MODEL, MAP, TIMELINE, JAVA)
                    .or(resideInAnyPackage(FX_DRAWING))
                    .or(resideInAPackage("org.locationtech.jts.geom"))
                    .or(type(javafx.scene.shape.FillRule.class))
                    .or(type(javafx.scene.shape.StrokeLineJoin.class))
                    .or(type(javafx.scene.SnapshotParameters.class))
                    .or(type(javafx.application.Platform.class)))
            .because("the renderer is a function of the frame, shared by the window and the file exports: "
                    + "it draws on a canvas and knows no controls, stages, state or files");

    /*
     * Exception: JTS's Envelope, the model's bounding-box value (RegionMap.bounds()), which
     * ViewportSlice.fit takes to frame the map. Only that class, not JTS geometry.
     */
    @ArchTest
    static final ArchRule stateHoldsNoViews = classes().that().resideInAPackage(STATE)
            .should().onlyDependOnClassesThat(resideInAnyPackage(STATE, FILTER, MODEL, TIMELINE, MAP, JAVA)
                    .or(resideInAnyPackage(FX_BASE))
                    .or(type(org.locationtech.jts.geom.Envelope.class)))
            .because("a filter, a story step or a test must drive the state without a window: "
                    + "observable properties, no scenes");

    @ArchTest
    static final ArchRule uiGoesThroughState = classes().that().resideInAPackage(UI)
            .should().onlyDependOnClassesThat().resideInAnyPackage(UI, LABELS, STATE, FILTER, RENDER, CHARTS, MODEL, TIMELINE, MAP,
                    JAVA, JAVAFX, CONTROLSFX)
            .because("the window reads files only through the opener the app wires in, so never io, app or Jackson");

    /*
     * The export stage chooses a sink by the file's name and feeds it the chosen rows; the sinks
     * that write a file format (CSV, GeoJSON with Jackson) live in io beside their readers, so
     * the stage itself needs no library (docs/decisions/0010).
     * Exceptions for the animation sinks (docs/decisions/0017), each the narrowest that encodes a frame:
     * - jcodec (org.jcodec..): the pure-Java H.264 encoder and MP4 muxer behind Mp4Video.
     * - javax.imageio (writer, metadata, streams) and java.awt.image (BufferedImage, IndexColorModel,
     *   DataBufferByte): the JDK's own GIF writer behind AnimatedGif, fed an indexed image; no
     *   java.awt windowing, fonts or Graphics2D; org.w3c.dom (that package only), because ImageIO's
     *   metadata (the GIF's delays, palette and loop) is a tree of DOM nodes.
     * The sinks take finished ARGB pixels; drawing stays in render, the frame loop in app.
     */
    @ArchTest
    static final ArchRule exportFeedsSinks = classes().that().resideInAPackage(EXPORT)
            .should().onlyDependOnClassesThat().resideInAnyPackage(EXPORT, IO, MODEL, JAVA, "org.jcodec..",
                    "javax.imageio..", "java.awt.image", "org.w3c.dom")
            .because("an export writes the model through io's sinks and atomic files, and frames through an image or "
                    + "video encoder (jcodec for MP4, the JDK's ImageIO for GIF); it draws nothing and knows no window, "
                    + "so the window and the command line can both run it");

    /*
     * The words (resource bundles, dates and numbers in the language) and the frame built from the
     * view state, shared by the window and every export, so a file says and shows what the window does.
     */
    @ArchTest
    static final ArchRule labelsAreShared = classes().that().resideInAPackage(LABELS)
            .should().onlyDependOnClassesThat().resideInAnyPackage(LABELS, STATE, FILTER, RENDER, CHARTS, MODEL, TIMELINE, MAP, JAVA)
            .because("the window and the exports read the same words and frames; neither a control nor a file "
                    + "belongs in them");

    /*
     * Charts are computed from the filter's result (and so from the time index) and drawn onto the
     * renderer's drawing target, so the window, PNG and SVG share one chart that follows the filter
     * (docs/decisions/0014).
     */
    @ArchTest
    static final ArchRule chartsDrawOnTheTarget = classes().that().resideInAPackage(CHARTS)
            .should().onlyDependOnClassesThat(resideInAnyPackage(CHARTS, FILTER, RENDER, MODEL, TIMELINE, JAVA)
                    .or(resideInAnyPackage(FX_DRAWING)))
            .because("a chart is a function of its series, drawn on whatever target the caller gives");

    /*
     * The briefing PDF (docs/decisions/0017): a third drawing target over PDFBox, which the map's
     * layers and the charts paint onto, and the pages around them (totals, sources). It reads the
     * filter's result and the frame the caller built; it knows no state, window or file: it returns
     * the PDF's bytes and the app writes them atomically. map: the frame's viewport gives the map's size.
     */
    @ArchTest
    static final ArchRule briefingDrawsOnPdf = classes().that().resideInAPackage(BRIEFING)
            .should().onlyDependOnClassesThat(resideInAnyPackage(BRIEFING, RENDER, CHARTS, LABELS, FILTER, MODEL, TIMELINE,
                    MAP, JAVA, PDFBOX).or(resideInAnyPackage(FX_DRAWING)))
            .because("a briefing is the renderer's layers and the charts on a PDF page plus the filter's totals and "
                    + "sources; PDFBox stays in this one package, and the state, files and window stay out");

    @ArchTest
    static final ArchRule appWiresEverything = classes().that().resideInAPackage(APP)
            .should().onlyDependOnClassesThat().resideInAnyPackage(APP, UI, LABELS, EXPORT, BRIEFING, STATE, FILTER, RENDER, CHARTS, MAP, TIMELINE, IO,
                    MODEL, JAVA, JAVAFX, CONTROLSFX, JACKSON, JTS)
            .because("the app is the one place that wires every stage together; even so, a new library "
                    + "is a decision to record here");
}
