package dev.golden.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.store.QuarantinedRow;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Importing a file from the console")
class ConsoleImportTest {

  private static final String FILE = """
      客户编号,姓名,手机,邮箱,城市,服务等级
      k-1,欧阳晓明,13912345678,ouyang.xm@example.cn,杭州,premium
      k-2,Harriet Quill,+44 20 7946 0958,harriet.quill@example.co.uk,London,basic
      k-3,司马光,13787654321,simaguang@example.cn,洛阳,gold
      """;
  private static final Pattern RUN = Pattern.compile("action=\"/console/import/([0-9a-f]+)/run\"");

  @Test
  @DisplayName("upload, profile with Chinese headers mapped, run with progress, then fix the quarantined row")
  void uploadProfileRunFix() throws InterruptedException {
    DemoServer server = DemoServer.shared();
    WebClient steward = WebClient.signedIn(server, "steward");
    steward.get("/console/import");

    HttpResponse<String> profile = steward.upload("/console/import", Map.of("source", "partner"), "file",
        "partner.csv", FILE.getBytes(StandardCharsets.UTF_8));

    assertThat(profile.statusCode()).isEqualTo(200);
    assertThat(profile.body()).contains("服务等级").contains("<option value=\"service_level\" selected>");
    Matcher run = RUN.matcher(profile.body());
    assertThat(run.find()).isTrue();
    String upload = run.group(1);
    Map<String, String> mapping = new LinkedHashMap<>();
    for (String header : new String[] {"客户编号", "姓名", "手机", "邮箱", "城市", "服务等级"}) {
      Matcher selected = Pattern.compile("name=\"map\\." + header + "\">.*?<option value=\"([a-z_]+)\" selected>",
          Pattern.DOTALL).matcher(profile.body());
      mapping.put("map." + header, selected.find() ? selected.group(1) : "");
    }

    HttpResponse<String> started = steward.post("/console/import/" + upload + "/run", mapping);
    assertThat(started.statusCode()).isEqualTo(303);
    String bar = "";
    for (int poll = 0; poll < 120 && !bar.contains("value=\"100\""); poll++) {
      Thread.sleep(500);
      bar = steward.get("/console/import/" + upload + "/progress", "HX-Request", "true").body();
    }

    assertThat(bar).doesNotContain("<html").contains("value=\"100\"").contains("3 rows: 2 new customers");
    QuarantinedRow quarantined = server.hub.store().quarantine().open(0, 100).items().stream()
        .filter(q -> q.rejection().rawValues().containsValue("司马光")).findFirst().orElseThrow();
    assertThat(steward.get("/console/import").body()).contains("司马光");

    Map<String, String> fixed = new LinkedHashMap<>();
    quarantined.rejection().rawValues().forEach((header, value) -> fixed.put("v." + header, value));
    fixed.put("v.服务等级", "premium");
    fixed.put("decision", "fix");
    HttpResponse<String> resubmitted = steward.post("/console/quarantine/" + quarantined.id(), fixed);

    assertThat(resubmitted.statusCode()).isEqualTo(303);
    assertThat(resubmitted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/console/customers/"));
    assertThat(server.hub.store().quarantine().find(quarantined.id()).orElseThrow().status().name()).isEqualTo("RESUBMITTED");
    assertThat(steward.get("/console/customers?q=司马光").body()).contains("司马光");
  }
}
