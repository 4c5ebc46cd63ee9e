package org.cronomapa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The pipeline's dependency arrows (files → model → timeline → state → render → ui → app), one rule per decision. */
@AnalyzeClasses(packages = "org.cronomapa", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule modelIsPlain = noClasses().that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml..",
                    "org.cronomapa.io..", "org.cronomapa.timeline..", "org.cronomapa.map..", "org.cronomapa.render..",
                    "org.cronomapa.state..", "org.cronomapa.ui..", "org.cronomapa.app..")
            .because("the records must be usable by any reader, writer or test without a toolkit or a file format");

    @ArchTest
    static final ArchRule timelineIsPureJava = noClasses().that().resideInAPackage("..timeline..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml..", "org.cronomapa.io..",
                    "org.cronomapa.map..", "org.cronomapa.render..", "org.cronomapa.state..", "org.cronomapa.ui..",
                    "org.cronomapa.app..")
            .because("the time index and playback are tested against brute-force oracles with no toolkit");

    @ArchTest
    static final ArchRule mapIsPureJava = noClasses().that().resideInAPackage("..map..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml..", "org.cronomapa.io..",
                    "org.cronomapa.render..", "org.cronomapa.state..", "org.cronomapa.ui..", "org.cronomapa.app..")
            .because("projection and viewport maths must be testable without a window");

    @ArchTest
    static final ArchRule ioKnowsNoToolkit = noClasses().that().resideInAPackage("..io..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.cronomapa.render..",
                    "org.cronomapa.state..", "org.cronomapa.ui..", "org.cronomapa.app..")
            .because("readers and writers run in command-line modes and tests with no display");

    @ArchTest
    static final ArchRule renderDrawsOnly = noClasses().that().resideInAPackage("..render..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.stage..",
                    "com.fasterxml..", "org.cronomapa.io..", "org.cronomapa.state..", "org.cronomapa.ui..",
                    "org.cronomapa.app..")
            .because("the renderer is a function of the frame, shared by the window and the file exports");

    @ArchTest
    static final ArchRule stateHoldsNoViews = noClasses().that().resideInAPackage("..state..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                    "org.cronomapa.io..", "org.cronomapa.render..", "org.cronomapa.ui..", "org.cronomapa.app..")
            .because("a filter, a story step or a test must drive the state without a window");

    @ArchTest
    static final ArchRule uiGoesThroughState = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cronomapa.io..", "org.cronomapa.app..",
                    "com.fasterxml..")
            .because("the window reads files only through the opener the app wires in");
}
