package se.kompetensgap.output;

import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;

/**
 * The line charts of supply per year, in the workbook (Utveckling) and in the report (Utveckling
 * över tid): one look, and one place for what the Open XML schema needs of them.
 */
public final class LineCharts {
  private LineCharts() {}

  /** Empty line data on {@code chart}: years along the bottom, from 0 up, legend below. */
  public static XDDFLineChartData empty(XDDFChart chart) {
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setMinimum(0);
    XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
    // The schema requires c:grouping before c:varyColors; POI writes none unless asked.
    data.setGrouping(Grouping.STANDARD);
    data.setVaryColors(false);
    return data;
  }

  /** A series drawn as a straight 2¼-pt line in {@code rgb} with round markers. */
  public static void style(XDDFLineChartData.Series series, byte[] rgb) {
    series.setSmooth(false);
    series.setMarkerStyle(MarkerStyle.CIRCLE);
    XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
    line.setWidth(2.25);
    XDDFShapeProperties shape = series.getShapeProperties() == null ? new XDDFShapeProperties() : series.getShapeProperties();
    shape.setLineProperties(line);
    series.setShapeProperties(shape);
  }
}
