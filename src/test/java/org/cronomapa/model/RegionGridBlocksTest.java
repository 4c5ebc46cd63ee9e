package org.cronomapa.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cronomapa.TestData;
import org.junit.jupiter.api.Test;

/**
 * The grid's coarse blocks answer for most points without reading the 13 MB of cells; they must
 * give every cell's own mask, at the cell's centre and its corners, for the bundled map's grid as
 * packed at build time and as built from the outlines.
 */
class RegionGridBlocksTest {
    @Test
    void everyCellReadsTheSameThroughItsBlock() {
        RegionMap map = TestData.regions();
        for (RegionGrid grid : new RegionGrid[] {map.grid(), RegionGrid.of(map)}) {
            int mixedOrNot = 0;
            for (int row = 0; row < grid.rows(); row++) {
                for (int col = 0; col < grid.cols(); col++) {
                    int want = grid.cell(col, row);
                    for (double[] at : new double[][] {{0.5, 0.5}, {0.0, 0.0}, {0.999, 0.999}}) {
                        double lon = grid.minX() + (col + at[0]) * RegionGrid.CELL;
                        double lat = grid.minY() + (row + at[1]) * RegionGrid.CELL;
                        int cellCol = (int) ((lon - grid.minX()) / RegionGrid.CELL);
                        int cellRow = (int) ((lat - grid.minY()) / RegionGrid.CELL);
                        if (cellCol == col && cellRow == row) { // a corner can round into the neighbour: then skip it
                            assertEquals(want, grid.at(lon, lat), "cell " + col + ", " + row);
                            mixedOrNot++;
                        }
                    }
                }
            }
            assertTrue(mixedOrNot > grid.cols() * grid.rows(), "most cells were checked at several points");
        }
    }
}
