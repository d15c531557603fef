package com.atrium.web.clearing;

import com.atrium.web.clearing.DrillDownTable.Figures;
import java.io.IOException;
import java.util.List;

/** A file a line's drill-down is written to, an item at a time, then its total. */
interface DrillDownWriter {

  void item(List<Object> cells, Figures part) throws IOException;

  void total(Figures total) throws IOException;
}
