// The annotate page: turn a selection (mouse) or a sentence (keyboard) into character
// offsets of the article body and open the claim form beside it. Every page also works
// without this file: the forms are plain forms and the claim form takes typed words.
(function () {
  "use strict";

  document.documentElement.classList.add("js");

  var lastTrigger = null;

  function textRegion() { return document.getElementById("article-text"); }
  function slot() { return document.getElementById("claim-form-slot"); }

  // Every character of the body on the page sits in one `.run` element whose data-start is
  // its offset in the body and whose only child is its text, so an offset inside that text
  // node plus data-start is the body offset.
  function runTextNodes(root) {
    var nodes = [];
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentElement && node.parentElement.classList.contains("run")
          ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
      }
    });
    while (walker.nextNode()) nodes.push(walker.currentNode);
    return nodes;
  }

  function runStart(node) { return parseInt(node.parentElement.getAttribute("data-start"), 10); }
  function runEnd(node) { return parseInt(node.parentElement.getAttribute("data-end"), 10); }

  // The body offset of a DOM boundary point; points between runs (an element boundary, the
  // space between paragraphs, outside the text) snap to the nearest run inward.
  function boundaryOffset(nodes, container, offset, isStart) {
    if (container.nodeType === Node.TEXT_NODE && container.parentElement.classList.contains("run")) {
      return runStart(container) + offset;
    }
    var probe = document.createRange();
    for (var i = 0; i < nodes.length; i++) {
      probe.selectNodeContents(nodes[i]);
      if (probe.comparePoint(container, offset) <= 0) {
        if (isStart || i === 0) return runStart(nodes[i]);
        return runEnd(nodes[i - 1]);
      }
    }
    return nodes.length ? runEnd(nodes[nodes.length - 1]) : 0;
  }

  function selectionOffsets() {
    var region = textRegion();
    var selection = window.getSelection();
    if (!region || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    var range = selection.getRangeAt(0);
    if (!range.intersectsNode(region)) return null;
    var nodes = runTextNodes(region);
    var start = boundaryOffset(nodes, range.startContainer, range.startOffset, true);
    var end = boundaryOffset(nodes, range.endContainer, range.endOffset, false);
    if (!(end > start)) return null;
    return { start: start, end: end, rect: range.getBoundingClientRect() };
  }

  // Keep the words being tagged marked while focus is in the form (which clears the
  // selection), through the CSS Custom Highlight API where the browser has it.
  function markPending(start, end) {
    if (!window.CSS || !CSS.highlights || typeof Highlight === "undefined") return;
    CSS.highlights.delete("parallax-pending");
    var region = textRegion();
    if (!region) return;
    var range = document.createRange();
    var started = false;
    runTextNodes(region).forEach(function (node) {
      var s = runStart(node), e = runEnd(node);
      if (!started && start >= s && start < e) { range.setStart(node, start - s); started = true; }
      if (started && end > s && end <= e) range.setEnd(node, end - s);
    });
    if (started) CSS.highlights.set("parallax-pending", new Highlight(range));
  }

  function unmarkPending() {
    if (window.CSS && CSS.highlights) CSS.highlights.delete("parallax-pending");
  }

  // Open the slot beside `rect` (a DOMRect of what the editor pointed at).
  function place(rect) {
    var box = slot();
    if (!box || !rect) return;
    var layout = document.getElementById("workspace") || document.body;
    var top = rect.top - layout.getBoundingClientRect().top;
    box.style.top = Math.max(0, Math.round(top)) + "px";
  }

  // The body's characters from `start` to `end`, read back from the runs.
  function bodyText(start, end) {
    var out = "";
    runTextNodes(textRegion()).forEach(function (node) {
      var s = runStart(node), e = runEnd(node);
      if (e > start && s < end) {
        out += node.data.slice(Math.max(start, s) - s, Math.min(end, e) - s);
      }
    });
    return out;
  }

  // A new claim form the editor has typed into takes new words in place, so a second
  // selection corrects the words without losing the source, point or paraphrase.
  function retarget(form, start, end) {
    var quote = form.querySelector("[name=quote]");
    if (!quote || form.getAttribute("data-dirty") !== "1") return false;
    var region = textRegion();
    quote.value = bodyText(start, end);
    var fields = { start: start, end: end, occurrence: "",
      article_version: region.getAttribute("data-version") || "" };
    Object.keys(fields).forEach(function (name) {
      var field = form.querySelector("[name=" + name + "]");
      if (field) field.value = fields[name];
    });
    var status = form.querySelector(".selection-status");
    if (status) status.textContent = "The words are now “" + quote.value + "”; what you entered is kept.";
    markPending(start, end);
    return true;
  }

  function openForWords(start, end, rect) {
    var region = textRegion();
    var box = slot();
    if (!region || !box) return;
    var open = box.querySelector("form.claim-form[data-new-claim]");
    if (open && retarget(open, start, end)) return;
    // A re-attach form in the slot takes the words; otherwise a new claim starts.
    var form = box.querySelector("form[data-selection-url]");
    var url = form ? form.getAttribute("data-selection-url") : region.getAttribute("data-new-url");
    url += (url.indexOf("?") < 0 ? "?" : "&") + "start=" + start + "&end=" + end +
      "&v=" + encodeURIComponent(region.getAttribute("data-version") || "");
    place(rect);
    markPending(start, end);
    htmx.ajax("GET", url, { target: "#claim-form-slot", swap: "innerHTML" });
  }

  function closeForm() {
    var box = slot();
    if (!box) return;
    box.innerHTML = "";
    box.style.top = "";
    unmarkPending();
    if (lastTrigger && document.body.contains(lastTrigger)) lastTrigger.focus();
  }

  document.addEventListener("mouseup", function (event) {
    var region = textRegion();
    if (!region || event.button !== 0) return;
    if (slot() && slot().contains(event.target)) return;
    // Let the browser finish the selection first.
    window.setTimeout(function () {
      var words = selectionOffsets();
      if (!words) return;
      lastTrigger = event.target.closest ? event.target.closest(".sentence") : null;
      openForWords(words.start, words.end, words.rect);
    }, 0);
  });

  // A click that ends a drag over a highlight selects words; it must not open the claim.
  document.addEventListener("click", function (event) {
    var highlight = event.target.closest && event.target.closest("#article-text a.hl");
    var selection = window.getSelection();
    if (highlight && selection && !selection.isCollapsed) {
      event.preventDefault();
      event.stopPropagation();
    }
  }, true);

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.key === "Enter" && target.classList && target.classList.contains("sentence")) {
      event.preventDefault();
      var start = parseInt(target.getAttribute("data-start"), 10);
      var end = parseInt(target.getAttribute("data-end"), 10);
      var range = document.createRange();
      range.selectNodeContents(target);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      lastTrigger = target;
      openForWords(start, end, target.getBoundingClientRect());
    } else if (event.key === "Escape" && slot() && slot().contains(target)) {
      event.preventDefault();
      closeForm();
    }
  });

  document.addEventListener("click", function (event) {
    var close = event.target.closest && event.target.closest("[data-close-form]");
    if (close && slot() && slot().contains(close)) {
      event.preventDefault();
      closeForm();
    }
  });

  // Typing into a new claim form makes it worth keeping (see retarget); the words
  // themselves do not count, a new selection replaces them anyway.
  document.addEventListener("input", function (event) {
    var form = event.target.closest && event.target.closest("form.claim-form[data-new-claim]");
    var words = ["quote", "occurrence", "source_q"];
    if (form && words.indexOf(event.target.name) < 0) form.setAttribute("data-dirty", "1");
  });

  // The party list's first choice says which party the chosen source speaks for.
  function showSourceParty(form) {
    var source = form.querySelector("select[name=source]");
    var party = form.querySelector("select[name=party]");
    if (!source || !party || !party.options.length) return;
    var chosen = source.options[source.selectedIndex];
    var name = chosen ? chosen.getAttribute("data-party") : null;
    party.options[0].textContent = name ? "— the source's party: " + name + " —"
      : (chosen && chosen.value ? "— the source has no party: choose one —" : "— the source's party —");
  }

  document.addEventListener("change", function (event) {
    var form = event.target.closest && event.target.closest("form.claim-form");
    if (!form) return;
    if (event.target.name === "source") showSourceParty(form);
    if (form.hasAttribute("data-new-claim") && event.target.name !== "occurrence") {
      form.setAttribute("data-dirty", "1");
    }
  });

  // Forms opened from a highlight or the panel open beside what was clicked.
  document.addEventListener("htmx:beforeRequest", function (event) {
    var elt = event.detail.elt;
    if (event.detail.target === slot() && elt && elt !== document.body && !slot().contains(elt)) {
      lastTrigger = elt;
      place(elt.getBoundingClientRect());
    }
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    var box = slot();
    var form = box ? box.querySelector("form.claim-form") : null;
    if (form) showSourceParty(form);  // a new form, or the source finder narrowed the list
    if (box && box.contains(target)) {
      // The words are already filled in from the selection: start at the source.
      var field = box.querySelector("[aria-invalid=true]") || box.querySelector(".source-search") ||
        box.querySelector("textarea, select, input:not([type=hidden]), button");
      if (field) field.focus({ preventScroll: true });
      box.scrollIntoView({ block: "nearest" });
    } else if (target.id === "workspace" || (target.closest && target.closest("#workspace"))) {
      // The form closed with a save: say so where a screen reader will read it.
      unmarkPending();
      var notice = document.querySelector("#workspace .workspace-notice");
      if (notice) notice.focus({ preventScroll: true });
    }
  });
})();
