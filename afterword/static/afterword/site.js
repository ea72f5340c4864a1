/* Afterword's small enhancements. Every page works without this file.
   - Reply inline: the comment form moves under the comment being answered.
   - Drafts: what you type is kept in this browser until it has been posted.
   - More conversations: the next page of a long thread is added in place.
   Its words come in the reader's language from /jsi18n/ (Django's JavaScript
   catalogue, loaded just before this file); without it they stay in English. */
(function () {
  "use strict";

  var gettext = window.gettext || function (text) { return text; };
  var interpolate = window.interpolate || function (text, values) {
    return text.replace(/%\((\w+)\)s/g, function (whole, name) { return String(values[name]); });
  };

  function focusFeedback() {
    var feedback = document.getElementById("form-feedback");
    if (feedback && feedback.children.length) { feedback.focus(); return; }
    var posted = document.getElementById("posted");
    if (posted) { posted.focus(); }
  }

  /* ---- Inline reply ---- */
  function setupReplies() {
    var form = document.getElementById("comment-form");
    if (!form) { return; }
    var home = document.createElement("div");
    home.hidden = true;
    form.parentNode.insertBefore(home, form);
    var parentInput = form.querySelector("input[name=parent]");
    var target = form.querySelector("[data-reply-target]");
    var targetLink = form.querySelector("[data-reply-target-link]");
    var heading = form.querySelector("#comment-form-h");
    var body = form.querySelector("textarea[name=body]");

    function replyTo(id, name) {
      var li = document.getElementById("c" + id);
      if (!li) { return false; }
      var article = li.querySelector(":scope > article");
      article.insertAdjacentElement("afterend", form);
      parentInput.value = id;
      targetLink.textContent = name;
      targetLink.setAttribute("href", "#c" + id);
      target.hidden = false;
      heading.textContent = interpolate(gettext("Reply to %(name)s"), { name: name }, true);
      return true;
    }
    function cancel() {
      home.insertAdjacentElement("afterend", form);
      parentInput.value = "";
      target.hidden = true;
      heading.textContent = gettext("Add a comment");
    }
    document.addEventListener("click", function (event) {
      var link = event.target.closest("[data-reply]");
      if (link && replyTo(link.getAttribute("data-reply"), link.getAttribute("data-reply-name"))) {
        event.preventDefault();
        saveDraft(form);
        body.focus();
        return;
      }
      if (event.target.closest("[data-reply-cancel]")) {
        event.preventDefault();
        cancel();
        saveDraft(form);
        body.focus();
      }
    });
    form.replyTo = replyTo;
  }

  /* ---- Drafts kept in this browser ---- */
  var FIELDS = ["name", "body", "parent"];

  function storage() {
    try { return window.localStorage; } catch (e) { return null; }
  }
  function saveDraft(form) {
    var store = storage();
    if (!store) { return; }
    var draft = {};
    var empty = true;
    FIELDS.forEach(function (name) {
      var field = form.elements[name];
      if (field) {
        draft[name] = field.value;
        if (name === "body" && field.value.trim()) { empty = false; }
      }
    });
    try {
      if (empty) { store.removeItem(form.dataset.draftKey); }
      else { store.setItem(form.dataset.draftKey, JSON.stringify(draft)); }
    } catch (e) { /* storage full or disabled: the server still keeps text on errors */ }
  }
  function setupDrafts() {
    var store = storage();
    if (!store) { return; }
    var forms = document.querySelectorAll("form[data-draft-key]");
    if (document.querySelector("[data-posted]")) {
      // What was posted is safe on the server now; the draft is no longer needed.
      forms.forEach(function (form) { store.removeItem(form.dataset.draftKey); });
      if (!forms.length) { store.removeItem("afterword-letter"); }
      return;
    }
    forms.forEach(function (form) {
      var status = form.querySelector("[data-draft-status]");
      var saved = null;
      try { saved = JSON.parse(store.getItem(form.dataset.draftKey) || "null"); } catch (e) { saved = null; }
      var body = form.elements.body;
      if (saved && saved.body && body && !body.value.trim()) {
        FIELDS.forEach(function (name) {
          var field = form.elements[name];
          if (field && saved[name] && !field.value) { field.value = saved[name]; }
        });
        if (saved.parent && form.replyTo) {
          var link = document.querySelector('[data-reply="' + saved.parent + '"]');
          if (link) { form.replyTo(saved.parent, link.getAttribute("data-reply-name")); }
        }
        if (status) {
          status.textContent = gettext("We restored the draft you were writing in this browser.");
        }
      }
      var timer = null;
      form.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          saveDraft(form);
          if (status) { status.textContent = gettext("Draft saved in this browser."); }
        }, 400);
      });
      form.addEventListener("submit", function () { saveDraft(form); });
    });
  }

  /* ---- New since your last visit (this browser only: nothing is sent or stored elsewhere) ---- */
  var VISIT_GAP = 30 * 60 * 1000; // a longer pause starts a new visit
  var lastVisit = null;

  function readVisit(thread) {
    var store = storage();
    var key = "afterword-visit-" + thread.dataset.answer;
    if (!store || !thread.dataset.answer) { return null; }
    var visit = null;
    try { visit = JSON.parse(store.getItem(key) || "null"); } catch (e) { visit = null; }
    var now = Date.now();
    if (!visit || typeof visit.latest !== "number") {
      visit = { previous: null, latest: now };
    } else if (now - visit.latest > VISIT_GAP) {
      visit = { previous: visit.latest, latest: now }; // a new visit: mark what came since
    } else {
      visit.latest = now; // the same visit, on another page: keep the same line
    }
    try { store.setItem(key, JSON.stringify(visit)); } catch (e) { /* storage full */ }
    return visit.previous;
  }

  function markNew(thread) {
    if (lastVisit === null) { return 0; }
    var count = 0;
    thread.querySelectorAll("li.comment > article").forEach(function (article) {
      var time = article.querySelector("header time[datetime]");
      if (!time || article.classList.contains("is-new")) { return; }
      if (Date.parse(time.getAttribute("datetime")) > lastVisit) {
        article.classList.add("is-new");
        var badge = document.createElement("span");
        badge.className = "new-badge";
        badge.textContent = gettext("new");
        time.parentNode.after(badge);
        count += 1;
      }
    });
    var first = thread.querySelector("article.is-new");
    var jump = document.querySelector("[data-jump-new]");
    var total = thread.querySelectorAll("article.is-new").length;
    if (first && !jump) {
      jump = document.createElement("p");
      jump.className = "jump-new";
      jump.setAttribute("data-jump-new", "");
      jump.appendChild(document.createElement("a"));
      thread.before(jump);
    }
    if (first && jump) {
      var link = jump.querySelector("a");
      link.href = "#" + first.parentNode.id;
      link.textContent = interpolate(gettext("Jump to the first new comment (%(count)s)"), { count: total }, true);
    }
    return count;
  }

  function setupNewSinceLastVisit() {
    var thread = document.querySelector("[data-thread][data-answer]");
    if (!thread) { return; }
    lastVisit = readVisit(thread);
    markNew(thread);
  }

  /* ---- More conversations in place ---- */
  function setupLoadMore() {
    document.addEventListener("click", function (event) {
      var link = event.target.closest("[data-load-more]");
      if (!link || !window.fetch || !window.DOMParser) { return; }
      var thread = document.querySelector("[data-thread]");
      if (!thread) { return; }
      event.preventDefault();
      link.setAttribute("aria-busy", "true");
      fetch(link.href, { credentials: "same-origin" })
        .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.text(); })
        .then(function (html) {
          var doc = new DOMParser().parseFromString(html, "text/html");
          var more = doc.querySelector("[data-thread]");
          var first = more && more.firstElementChild;
          while (more && more.firstElementChild) { thread.appendChild(more.firstElementChild); }
          // Every page up to this one is now on screen: the pager offers only what is
          // left to load, or goes away when nothing is.
          var next = doc.querySelector(".discussion .pagination [data-load-more]");
          document.querySelectorAll(".discussion .pagination").forEach(function (nav) {
            if (!next) { nav.remove(); return; }
            var only = next.cloneNode(true);
            nav.replaceChildren(only);
          });
          markNew(thread);
          if (first) {
            var anchor = first.querySelector(".pen-name");
            first.setAttribute("tabindex", "-1");
            first.focus();
            if (anchor) { anchor.scrollIntoView({ block: "start" }); }
          }
        })
        .catch(function () { window.location.href = link.href; });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupReplies();
    setupDrafts();
    setupLoadMore();
    setupNewSinceLastVisit();
  });
  // After the browser has scrolled to the address's #fragment, move focus to what
  // the person needs to read first: errors, the privacy check, or the posted notice.
  window.addEventListener("load", function () {
    setTimeout(focusFeedback, 0);
  });
})();
