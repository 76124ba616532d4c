"""The web form in headless Chromium: fill a two-party MoU, watch the level change, download and
validate the ODT and the DOCX, see a bad date's error beside its field, and check accessibility
with axe-core.

Screenshots go to $SCREENSHOTS (default .build/serve-screenshots).
"""
import glob
import json
import os
import shutil
import subprocess
import tempfile
import time
import zipfile

import pytest
from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.ui import WebDriverWait

from docx_check import validate_docx  # Serve/Tests, on the path as conftest.py's folder
from odt_check import validate_odt

SCREENSHOTS = os.environ.get("SCREENSHOTS", os.path.join(os.getcwd(), ".build", "serve-screenshots"))


def field(driver, name):
    return driver.find_element(By.NAME, name)


def type_into(driver, name, text):
    element = field(driver, name)
    element.clear()
    element.send_keys(text)


def set_date(driver, name, value):
    # Date inputs take keystrokes in the browser's locale order; set the value as a picker would.
    driver.execute_script(
        "var e = document.getElementsByName(arguments[0])[0]; e.value = arguments[1];"
        "e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));",
        name, value)


def submit(driver, wait, button):
    """Clicks a button that posts the form and waits for the new page: until the old page has gone
    (a live update may still be redrawing it) and the new one has loaded."""
    old_page = driver.find_element(By.TAG_NAME, "html")
    button.click()
    wait.until(expected_conditions.staleness_of(old_page))
    wait.until(lambda d: d.execute_script("return document.readyState") == "complete")


def level(driver):
    return driver.find_element(By.CSS_SELECTOR, "#assessment .level").text


def shot(driver, name):
    os.makedirs(SCREENSHOTS, exist_ok=True)
    driver.save_screenshot(os.path.join(SCREENSHOTS, name))


def serious_violations(driver):
    axe = Axe(driver)
    axe.inject()
    # Every rule of the axe-core the package bundles (3.1: WCAG 2.0/2.1 A and AA, colour contrast
    # among them, and best practice). The preview frame holds the composed document, which
    # Scripts/test checks with the Nu HTML checker; axe would wait for a script it cannot run there.
    results = axe.run(options=json.dumps({"iframes": False}))
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
            for v in results["violations"] if v["impact"] in ("serious", "critical")]


@pytest.fixture()
def downloads():
    folder = tempfile.mkdtemp()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture()
def driver(downloads):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en-GB"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
    browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    browser.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    # axe-core takes a while on a loaded two-core machine.
    browser.set_script_timeout(180)
    yield browser
    browser.quit()


def wait_for_file(folder, pattern, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        found = [f for f in glob.glob(os.path.join(folder, pattern)) if not f.endswith(".crdownload")]
        if found:
            return found[0]
        time.sleep(0.2)
    raise AssertionError(f"no {pattern} downloaded into {folder}: {os.listdir(folder)}")


def test_two_party_mou_in_the_browser(server, driver, downloads):
    # The live panel redraws as the form changes, so an element read mid-redraw is looked up again.
    wait = WebDriverWait(driver, 20, ignored_exceptions=[StaleElementReferenceException])
    driver.get(server.address + "/")
    assert driver.title.startswith("Concordat")
    assert serious_violations(driver) == []
    shot(driver, "01-empty-form.png")

    # Keyboard: the first Tab reaches the skip link, which moves focus to the form.
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    assert driver.switch_to.active_element.get_attribute("class") == "skip-link"
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    assert driver.switch_to.active_element.get_attribute("id") == "main"

    Select(field(driver, "document")).select_by_value("memorandum-of-understanding")
    Select(field(driver, "framework")).select_by_value("strategic-alliance")
    set_date(driver, "date", "2026-03-01")
    type_into(driver, "partnership.name", "Harbour Reading Partnership")
    type_into(driver, "partnership.purpose", "Run shared reading clubs in Harbour libraries.")
    set_date(driver, "partnership.start-date", "2026-04-01")
    parties = [("Harbour Borough Council", "local-authority", "lead-partner", "Ana Silva", "Head of Libraries"),
               ("Harbour Reads", "charity", "member", "Sam Okafor", "Chair")]
    for index, (name, kind, role, signatory, title) in enumerate(parties):
        type_into(driver, f"parties[{index}].name", name)
        Select(field(driver, f"parties[{index}].kind")).select_by_value(kind)
        driver.find_element(By.CSS_SELECTOR, f'input[name="parties[{index}].role"][value="{role}"]').click()
        type_into(driver, f"parties[{index}].signatory.name", signatory)
        type_into(driver, f"parties[{index}].signatory.title", title)
    type_into(driver, "risk-factors.total-funding", "8000")

    wait.until(lambda d: level(d) == "low")
    wait.until(lambda d: d.find_element(By.ID, "request-form").get_attribute("data-level") == "low")
    pooled = field(driver, "risk-factors.pooled-budget")
    assert not pooled.is_selected()
    pooled.click()
    wait.until(lambda d: level(d) == "high")
    assessment = driver.find_element(By.ID, "assessment").text
    assert "pooled-budget" in assessment and "Floor" in assessment
    # The README's picture: the ticked box beside the level it raised.
    driver.execute_script("window.scrollTo(0, document.getElementById('section-risk-factors').offsetTop)")
    shot(driver, "02-pooled-budget-high.png")
    pooled.click()
    wait.until(lambda d: level(d) == "low")

    # The preview follows the form once it is complete.
    wait.until(lambda d: "Harbour Reading Partnership" in d.execute_script(
        "var f = document.getElementById('preview'); try { return f.contentDocument.body.innerText; } catch (e) { return ''; }"))
    explain = driver.find_element(By.ID, "explain")
    assert "why it is in the document" in explain.text
    shot(driver, "03-preview.png")

    driver.find_element(By.CSS_SELECTOR, 'button[value="compose:odt"]').click()
    odt = wait_for_file(downloads, "*.odt")
    assert os.path.basename(odt) == "harbour-reading-partnership.memorandum-of-understanding.odt"
    text = validate_odt(odt)
    assert "Harbour Reads" in text and "Harbour Borough Council" in text

    driver.find_element(By.CSS_SELECTOR, 'button[value="compose:docx"]').click()
    docx = wait_for_file(downloads, "*.docx")
    assert os.path.basename(docx) == "harbour-reading-partnership.memorandum-of-understanding.docx"
    text = validate_docx(docx)
    assert "Harbour Reads" in text and "Harbour Borough Council" in text

    driver.find_element(By.CSS_SELECTOR, 'button[value="save:yaml"]').click()
    saved = wait_for_file(downloads, "*.yaml")
    with open(saved, encoding="utf-8") as handle:
        assert "name: Harbour Reads" in handle.read()

    # A bad date: the end before the start. Submitting shows the CLI's error beside the field.
    # Setting the date also starts a live check, which can put the same error beside the field on
    # this page just before the post replaces it; so the error is read from the new page only.
    set_date(driver, "partnership.end-date", "2025-01-31")
    submit(driver, wait, driver.find_element(By.CSS_SELECTOR, 'button[value="check"]'))
    error = wait.until(expected_conditions.presence_of_element_located((By.ID, "e-f-partnership_end-date")))
    assert "2025-01-31 is before the start-date 2026-04-01" in error.text
    end = field(driver, "partnership.end-date")
    assert end.get_attribute("aria-invalid") == "true"
    assert "e-f-partnership_end-date" in end.get_attribute("aria-describedby")
    # The error sits in the same field box as the input it concerns.
    box = end.find_element(By.XPATH, "./ancestor::div[contains(@class,'field')][1]")
    assert box.find_element(By.CLASS_NAME, "error").text == error.text
    assert driver.switch_to.active_element.get_attribute("id") == "error-summary"
    assert field(driver, "partnership.name").get_attribute("value") == "Harbour Reading Partnership"
    shot(driver, "04-bad-date.png")
    assert serious_violations(driver) == []

    # Printing leaves out the buttons and the preview.
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    assert not driver.find_element(By.CSS_SELECTOR, 'button[value="compose:odt"]').is_displayed()
    assert field(driver, "partnership.name").is_displayed()
    shot(driver, "05-print.png")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_add_party_and_load_example(server, driver):
    wait = WebDriverWait(driver, 20)
    driver.get(server.address + "/?example=statutory")
    assert "Filled from the statutory example" in driver.find_element(By.CLASS_NAME, "notice").text
    count = len(driver.find_elements(By.CSS_SELECTOR, "fieldset.party"))
    submit(driver, wait, driver.find_element(By.ID, "add-party"))
    assert len(driver.find_elements(By.CSS_SELECTOR, "fieldset.party")) == count + 1
    submit(driver, wait, driver.find_elements(By.CSS_SELECTOR, "button.remove-party")[-1])
    assert len(driver.find_elements(By.CSS_SELECTOR, "fieldset.party")) == count
    assert serious_violations(driver) == []
    shot(driver, "06-statutory-example.png")


def test_the_basic_path_works_without_javascript(server, downloads):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2,
                                              "download.default_directory": downloads})
    browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        browser.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
        browser.get(server.address + "/?example=strategic-alliance")
        assert browser.find_element(By.ID, "load-file").get_attribute("hidden") is not None  # the script did not run
        browser.find_element(By.CSS_SELECTOR, 'button[value="compose:markdown"]').click()
        markdown = wait_for_file(downloads, "*.md")
        with open(markdown, encoding="utf-8") as handle:
            assert "# Memorandum of Understanding" in handle.read()
    finally:
        browser.quit()
