package dev.golden.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.golden.store.ChangeRequest;
import dev.golden.store.ChangeStatus;
import dev.golden.store.Customer;
import dev.golden.store.LinkSubject;
import dev.golden.store.MatchLink;
import dev.golden.store.MergeEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

@DisplayName("The console in a real browser (headless Chromium)")
class ConsoleBrowserTest {

  private static DemoServer server;
  private static ChromeDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() {
    assumeTrue(Chromium.installed(), "Chromium and chromedriver are not installed in /usr/bin");
    server = DemoServer.shared();
    browser = Chromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    // A click that loads a new page can swap the page under a condition reading it: look again.
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void freshSession() {
    browser.manage().window().setSize(new Dimension(1280, 800));
    browser.get(server.uri("/console/signin").toString());
    browser.manage().deleteAllCookies();
  }

  @Test
  @DisplayName("a steward signs in and sees the dashboard with both charts drawn")
  void signIn() {
    browser.get(server.uri("/console").toString());
    assertThat(browser.getCurrentUrl()).contains("/console/signin");
    Chromium.screenshot(browser, "signin");

    signInAs("steward");

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
    assertThat(browser.findElement(By.cssSelector("[data-testid=unique-customers]")).getText())
        .isEqualTo(String.format("%,d", server.hub.store().customers().countActive()));
    wait.until(driver -> chartsDrawn() == 2);
    Chromium.screenshot(browser, "dashboard");
  }

  @Test
  @DisplayName("a steward reviews a pair with the keyboard, merges it, then unmerges it from the 360° view")
  void reviewMergeUnmerge() {
    signInAs("steward");
    browser.get(server.uri("/console/reviews").toString());
    browser.findElement(By.cssSelector("[data-testid=start-review]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decision")));
    long linkId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/reviews/(\\d+).*", "$1"));
    MatchLink link = server.hub.store().links().find(linkId).orElseThrow();
    wait.until(driver -> chartsDrawn() == 1);
    Chromium.screenshot(browser, "review-compare");

    browser.findElement(By.tagName("body")).sendKeys("m");

    WebElement survivor = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=merged-survivor]")));
    Customer merged = server.hub.store().customers().find(link.rightId()).orElseThrow();
    assertThat(merged.mergedInto()).hasValue(link.leftId());
    survivor.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=unmerge]")));
    Chromium.screenshot(browser, "customer-360");

    browser.findElement(By.cssSelector("[data-testid=unmerge]")).click();

    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=customer-notice]")));
    List<MergeEvent> merges = server.hub.store().merges().ofSurvivor(link.leftId());
    assertThat(merges).anySatisfy(m -> {
      assertThat(m.mergedIds()).contains(link.rightId());
      assertThat(m.undoneAt()).isPresent();
    });
    assertThat(server.hub.store().customers().find(link.rightId()).orElseThrow().isActive()).isTrue();
  }

  @Test
  @DisplayName("an agent types a known customer's details, sees who it may be, and is asked before creating")
  void duplicatePromptOnEntry() {
    Customer known = server.hub.store().customers().activeAfter(0, 100).stream()
        .filter(c -> c.values().containsKey("phone") && c.values().containsKey("family_name")
            && c.values().containsKey("given_name")).reduce((a, b) -> b).orElseThrow();
    signInAs("agent");
    browser.get(server.uri("/console/new-customer").toString());

    type("e-given_name", known.values().get("given_name").value());
    type("e-family_name", known.values().get("family_name").value());
    type("e-phone", known.values().get("phone").value());

    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=suggestions]")));
    assertThat(browser.findElement(By.id("suggestions")).getText()).contains("#" + known.id());
    Chromium.screenshot(browser, "new-customer-suggestions");

    browser.findElement(By.cssSelector("[data-testid=create]")).click();

    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=duplicate-prompt]")));
    Chromium.screenshot(browser, "new-customer-is-it-one-of-these");
    long before = server.hub.store().customers().countActive();
    browser.findElement(By.cssSelector("[data-testid=link-" + known.id() + "]")).click();

    wait.until(ExpectedConditions.urlContains("/console/customers/" + known.id()));
    assertThat(server.hub.store().customers().countActive()).isEqualTo(before);
    assertThat(server.hub.store().sourceRecords().ofCustomer(known.id())).hasSizeGreaterThan(1);
  }

  @Test
  @DisplayName("an approver approves an agent's change to a protected field, with a comment")
  void approveChange() {
    ChangeRequest pending = server.hub.store().changeRequests().pending(0, 1).items().get(0);
    signInAs("approver");
    browser.get(server.uri("/console/changes").toString());
    Chromium.screenshot(browser, "change-requests");

    type("comment-" + pending.id(), "Confirmed by phone 已电话确认");
    browser.findElement(By.cssSelector("[data-testid=approve-" + pending.id() + "]")).click();

    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=changes-notice]")));
    ChangeRequest decided = server.hub.store().changeRequests().find(pending.id()).orElseThrow();
    assertThat(decided.status()).isEqualTo(ChangeStatus.APPROVED);
    assertThat(decided.comment()).hasValue("Confirmed by phone 已电话确认");
    assertThat(server.hub.store().customers().find(pending.customerId()).orElseThrow().value(pending.field()))
        .hasValue(pending.newValue());
  }

  @Test
  @DisplayName("switching to Chinese turns every text Chinese, and Chinese names render")
  void switchToChinese() {
    signInAs("steward");

    browser.findElement(By.cssSelector("[data-testid='lang-zh-CN']")).click();

    wait.until(driver -> "zh-CN".equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("概览");
    assertThat(browser.findElement(By.cssSelector("[data-testid=signout]")).getText()).isEqualTo("退出登录");
    wait.until(driver -> chartsDrawn() == 2);
    Chromium.screenshot(browser, "dashboard-zh");
    browser.get(server.uri("/console/customers?q=" + "王").toString());
    Chromium.screenshot(browser, "customers-zh");
    browser.findElement(By.cssSelector("[data-testid='lang-en']")).click();
    wait.until(driver -> "en".equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
  }

  @Test
  @DisplayName("on a phone-sized window the pages fit the width: nothing scrolls sideways but wide tables")
  void phoneSized() {
    browser.manage().window().setSize(new Dimension(390, 844));
    signInAs("steward");
    for (String page : List.of("/console", "/console/reviews", "/console/new-customer", "/console/changes")) {
      browser.get(server.uri(page).toString());
      Object overflow = browser.executeScript(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertThat(((Number) overflow).intValue()).as(page).isLessThanOrEqualTo(0);
    }
    browser.get(server.uri("/console").toString());
    wait.until(driver -> chartsDrawn() == 2);
    Chromium.screenshot(browser, "dashboard-phone");
    browser.get(server.uri("/console/new-customer").toString());
    Chromium.screenshot(browser, "new-customer-phone");
  }

  @Test
  @DisplayName("a branch plant's contact: the 360° view shows the path from the factory, in Chinese too, and fits a phone")
  void customerAccounts() {
    long id = server.hub.store().customers().activeAfter(0, 200).stream().map(Customer::id)
        .filter(c -> server.hub.affiliations().of(c).stream().anyMatch(a -> a.path().size() == 2))
        .findFirst().orElseThrow();
    signInAs("steward");
    browser.get(server.uri("/console/customers/" + id).toString());

    WebElement path = browser.findElement(By.cssSelector("[data-testid=account-path]"));
    assertThat(path.findElements(By.tagName("li"))).hasSizeGreaterThanOrEqualTo(2);
    browser.executeScript("document.querySelector('[data-testid=affiliations]').scrollIntoView();");
    Chromium.screenshot(browser, "customer-360-accounts");

    browser.manage().window().setSize(new Dimension(390, 844));
    browser.findElement(By.cssSelector("[data-testid='lang-zh-CN']")).click();
    wait.until(driver -> "zh-CN".equals(pageLanguage()));
    assertThat(browser.findElement(By.cssSelector("[data-testid=affiliations] h2")).getText()).isEqualTo("联系人与客户单位");
    Object overflow = browser.executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    browser.executeScript("document.querySelector('[data-testid=affiliations]').scrollIntoView();");
    Chromium.screenshot(browser, "customer-360-accounts-phone-zh");
    browser.findElement(By.cssSelector("[data-testid='lang-en']")).click();
    wait.until(driver -> "en".equals(pageLanguage()));
  }

  @Test
  @DisplayName("basic accessibility: every input has a label, images have alt text, buttons are reached by Tab")
  void accessibility() {
    signInAs("admin");
    MatchLink link = server.hub.store().links().awaitingReview(LinkSubject.CUSTOMER, 0, 1).items().get(0);
    long customer = server.hub.store().customers().activeAfter(0, 1).get(0).id();
    for (String page : List.of("/console", "/console/reviews/" + link.id(), "/console/customers/" + customer,
        "/console/new-customer", "/console/changes", "/console/stale", "/console/import", "/console/dictionary",
        "/console/customers")) {
      browser.get(server.uri(page).toString());
      @SuppressWarnings("unchecked")
      List<String> unlabelled = (List<String>) browser.executeScript("""
          return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
            .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))
            .map(e => e.outerHTML);""");
      Object imagesWithoutAlt = browser.executeScript("return document.querySelectorAll('img:not([alt])').length;");
      Object unnamedCanvases = browser.executeScript(
          "return document.querySelectorAll('canvas:not([aria-label])').length;");
      assertThat(unlabelled).as(page).isEmpty();
      assertThat(((Number) imagesWithoutAlt).intValue()).as(page).isZero();
      assertThat(((Number) unnamedCanvases).intValue()).as(page).isZero();
    }

    browser.get(server.uri("/console/reviews/" + link.id()).toString());
    List<String> reached = new ArrayList<>();
    WebElement body = browser.findElement(By.tagName("body"));
    body.sendKeys(Keys.TAB);
    for (int i = 0; i < 60; i++) {
      WebElement focused = browser.switchTo().activeElement();
      String testId = focused.getAttribute("data-testid");
      if (testId != null) {
        reached.add(testId);
      }
      focused.sendKeys(Keys.TAB);
    }
    assertThat(reached).contains("merge", "different", "skip", "signout");
  }

  private void signInAs(String user) {
    browser.get(server.uri("/console/signin").toString());
    type("username", user);
    type("password", DemoData.PASSWORD);
    browser.findElement(By.cssSelector("form[action='/console/signin'] button[type=submit]")).click();
    wait.until(driver -> !driver.getCurrentUrl().contains("/console/signin"));
  }

  private void type(String id, String text) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  /** The page's language; read by script, so a page being replaced cannot leave a stale element. */
  private String pageLanguage() {
    return String.valueOf(browser.executeScript("return document.documentElement.lang;"));
  }

  /** How many canvases Chart.js has drawn on. */
  private int chartsDrawn() {
    Object drawn = browser.executeScript("""
        return typeof Chart === 'undefined' ? 0
          : Array.from(document.querySelectorAll('canvas')).filter(c => Chart.getChart(c)).length;""");
    return ((Number) drawn).intValue();
  }

}
