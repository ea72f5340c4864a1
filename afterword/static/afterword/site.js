/* Afterword's small enhancements. Every page works without this file.
   - Reply inline: the comment form moves under the comment being answered.
   - Drafts: what you type is kept in this browser until it has been posted.
   - More conversations: the next page of a long thread is added in place. */
(function () {
  "use strict";

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
      heading.textContent = "Reply to " + name;
      return true;
    }
    function cancel() {
      home.insertAdjacentElement("afterend", form);
      parentInput.value = "";
      target.hidden = true;
      heading.textContent = "Add a comment";
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
          status.textContent = "We restored the draft you were writing in this browser.";
        }
      }
      var timer = null;
      form.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          saveDraft(form);
          if (status) { status.textContent = "Draft saved in this browser."; }
        }, 400);
      });
      form.addEventListener("submit", function () { saveDraft(form); });
    });
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
          var navs = document.querySelectorAll(".discussion .pagination");
          var newNavs = doc.querySelectorAll(".discussion .pagination");
          navs.forEach(function (nav, i) { if (newNavs[i]) { nav.replaceWith(newNavs[i]); } });
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
  });
  // After the browser has scrolled to the address's #fragment, move focus to what
  // the person needs to read first: errors, the privacy check, or the posted notice.
  window.addEventListener("load", function () {
    setTimeout(focusFeedback, 0);
  });
})();
