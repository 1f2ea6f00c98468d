/* Accessibility fix-ups for Dash's own components (served from /assets, so the CSP allows it).
   - dcc.Checklist and dcc.RadioItems draw native inputs inside labels that carry role="option"
     in a role="listbox": nested interactive controls without a name.  The native inputs and
     their labels are enough, so the listbox roles are removed.
   - dcc.Dropdown keeps a hidden, focusable input (aria-hidden) as a focus target: it is taken
     out of the tab order, so nothing focusable hides from screen readers. */
(function () {
  function fix(root) {
    // only checklists and radio items: a dropdown's menu is a real listbox
    root.querySelectorAll('.dash-checklist[role="listbox"], .dash-radioitems[role="listbox"]').forEach(function (list) {
      list.setAttribute('role', 'group');
    });
    root.querySelectorAll('.dash-checklist > [role="option"], .dash-radioitems > [role="option"]').forEach(function (option) {
      option.removeAttribute('role');
      option.removeAttribute('aria-selected');
    });
    root.querySelectorAll('.dash-dropdown-focus-target[aria-hidden="true"]').forEach(function (input) {
      if (input.getAttribute('tabindex') !== '-1') { input.setAttribute('tabindex', '-1'); }
    });
  }
  function start() {
    fix(document);
    new MutationObserver(function () { fix(document); })
      .observe(document.body, {childList: true, subtree: true, attributes: true,
                               attributeFilter: ['role', 'tabindex', 'aria-hidden']});
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
