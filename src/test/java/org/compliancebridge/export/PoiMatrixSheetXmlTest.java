package org.compliancebridge.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** The sheet XML cases real clients write, fed straight to {@link SheetXmlHandler}. */
class PoiMatrixSheetXmlTest {
    private static final String NS = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    @Test
    void everyCellTypeBecomesTheTextAPersonSaw() throws Exception {
        String sst = "<sst " + NS + " count=\"2\" uniqueCount=\"2\"><si><t>Compliant</t></si>"
                + "<si><r><t>Rich </t></r><r><rPr><b/></rPr><t>text</t></r><rPh><t>ignored</t></rPh></si></sst>";
        String sheet = "<worksheet " + NS + "><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><r><t>in</t></r><r><t xml:space=\"preserve\">line </t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>PH</t></rPh></is></c>"
                + "<c r=\"D1\" t=\"b\"><v>1</v></c><c r=\"E1\" t=\"e\"><v>#N/A</v></c>"
                + "<c r=\"F1\" t=\"str\"><f>A1&amp;\"!\"</f><v>Compliant!</v></c>"
                + "<c r=\"G1\"><f>1+1</f><v>2</v></c><c r=\"H1\"><v>1.0E7</v></c><c r=\"I1\"><v>0.1</v></c>"
                + "<c r=\"J1\" s=\"0\"/></row>"
                // No r attributes at all (allowed by the schema): position decides.
                + "<row><c t=\"inlineStr\"><is><t>x</t></is></c><c t=\"inlineStr\"><is><t>y</t></is></c></row>"
                + "</sheetData></worksheet>";
        List<String> seen = new ArrayList<>();
        SheetContentsHandler sink = new SheetContentsHandler() {
            @Override
            public void startRow(int rowNum) {
                seen.add("row " + rowNum);
            }

            @Override
            public void endRow(int rowNum) {
                seen.add("end " + rowNum);
            }

            @Override
            public void cell(String ref, String value, XSSFComment comment) {
                seen.add(ref + "=" + value);
            }
        };
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(
                new ByteArrayInputStream(sst.getBytes(StandardCharsets.UTF_8)), false);
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new SheetXmlHandler(strings, new StylesTable(), new MatrixWorkbookReader.IsoFormatter(),
                sink));
        xml.parse(new InputSource(new ByteArrayInputStream(sheet.getBytes(StandardCharsets.UTF_8))));
        assertThat(seen).containsExactly("row 0", "A1=Compliant", "B1=Rich text", "C1=inline ", "D1=TRUE",
                "E1=#N/A", "F1=Compliant!", "G1=2", "H1=10000000", "I1=0.1", "end 0",
                "row 1", "null=x", "null=y", "end 1");
    }
}
