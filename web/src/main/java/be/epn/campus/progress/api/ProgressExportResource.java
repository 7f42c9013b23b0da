package be.epn.campus.progress.api;

import be.epn.campus.platform.Language;
import be.epn.campus.platform.errors.RefusedException;
import be.epn.campus.platform.web.LanguageCookie;
import be.epn.campus.progress.service.CohortFilter;
import be.epn.campus.progress.service.CohortGrid;
import be.epn.campus.progress.service.CohortProgress;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code /api/progress/export}: the cohort view as CSV or XLSX, with the page's filter (epn, cohort, module,
 * from, to). One line per learner, one column per module (its state), then the EPNs where the learner
 * worked. Read from the database in batches and streamed; the XLSX keeps only a window of rows in memory.
 */
@Path("progress")
@RequestScoped
public class ProgressExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    CohortProgress progress;

    @Context
    HttpServletRequest request;

    @GET
    @Path("export")
    public Response export(@QueryParam("format") String format, @QueryParam("epn") String epn, @QueryParam("cohort") String cohort,
                           @QueryParam("module") String module, @QueryParam("from") String from, @QueryParam("to") String to) {
        CohortFilter filter = filter(epn, cohort, module, from, to);
        progress.count(filter); // checks access and the filter before anything is streamed
        Language language = LanguageCookie.of(request);
        ResourceBundle words = ResourceBundle.getBundle("be.epn.campus.i18n.learning", language.locale());
        String name = "progress-" + LocalDate.now();
        if ("xlsx".equals(format)) {
            return Response.ok(xlsx(filter, words, language), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
        }
        if (format == null || "csv".equals(format)) {
            return Response.ok(csv(filter, words, language), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
        }
        throw new BadRequestException("format: csv or xlsx");
    }

    private StreamingOutput csv(CohortFilter filter, ResourceBundle words, Language language) {
        return output -> {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            writer.write('\uFEFF'); // spreadsheet programs then read the accents right
            boolean[] header = {true};
            try {
                progress.export(filter, grid -> {
                    try {
                        if (header[0]) {
                            writer.write(line(headers(grid, words, language)));
                            header[0] = false;
                        }
                        for (CohortGrid.Row row : grid.rows()) {
                            writer.write(line(cells(row, grid, words)));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
        };
    }

    private StreamingOutput xlsx(CohortFilter filter, ResourceBundle words, Language language) {
        return output -> {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
                Sheet sheet = workbook.createSheet(words.getString("cohort.title"));
                int[] next = {0};
                progress.export(filter, grid -> {
                    if (next[0] == 0) {
                        write(sheet.createRow(next[0]++), headers(grid, words, language));
                    }
                    for (CohortGrid.Row row : grid.rows()) {
                        write(sheet.createRow(next[0]++), cells(row, grid, words));
                    }
                });
                workbook.write(output);
            }
        };
    }

    private static void write(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }

    private static List<String> headers(CohortGrid grid, ResourceBundle words, Language language) {
        List<String> headers = new ArrayList<>(List.of(words.getString("cohort.learner"), words.getString("cohort.username")));
        grid.modules().forEach(m -> headers.add(m.title().in(language)));
        headers.add(words.getString("cohort.epns"));
        return headers;
    }

    private static List<String> cells(CohortGrid.Row row, CohortGrid grid, ResourceBundle words) {
        List<String> cells = new ArrayList<>(List.of(row.name(), row.username() == null ? "" : row.username()));
        for (CohortGrid.Column column : grid.modules()) {
            CohortGrid.Cell cell = row.cell(column.key());
            String state = words.getString("module.state." + cell.state());
            cells.add(switch (cell.state()) {
                case STARTED -> state + " " + cell.done() + "/" + cell.required();
                case COMPLETED -> state + " " + cell.completedAt().toLocalDate();
                default -> state;
            });
        }
        cells.add(String.join(", ", row.epns()));
        return cells;
    }

    /** RFC 4180: every field quoted, quotes doubled; a leading =, +, - or @ is defused for spreadsheets. */
    static String line(List<String> fields) {
        List<String> quoted = new ArrayList<>();
        for (String field : fields) {
            String safe = !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
            quoted.add('"' + safe.replace("\"", "\"\"") + '"');
        }
        return String.join(",", quoted) + "\r\n";
    }

    private static CohortFilter filter(String epn, String cohort, String module, String from, String to) {
        try {
            return new CohortFilter(uuid(epn), uuid(cohort), blank(module), date(from), date(to));
        } catch (IllegalArgumentException | DateTimeParseException | RefusedException e) {
            throw new BadRequestException("filter");
        }
    }

    private static UUID uuid(String text) {
        return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
