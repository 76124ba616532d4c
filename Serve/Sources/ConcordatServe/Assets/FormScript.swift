/// The form's script: progressive only. Without it every button still works by posting the form;
/// with it the risk assessment, the clause list and the preview follow the fields as they change,
/// errors appear beside fields once they have been touched, and a request file can be chosen
/// from disk. Served as the server's own file, which its Content-Security-Policy allows.
enum FormScript {
    static let text = #"""
    (function () {
      'use strict';
      var form = document.getElementById('request-form');
      if (!form) { return; }
      Array.prototype.forEach.call(document.querySelectorAll('.js-only'), function (e) { e.hidden = false; });

      var touched = {};
      var sequence = 0;
      var liveTimer = null;
      var previewTimer = null;
      var previewButton = document.getElementById('show-preview');
      var preview = document.getElementById('preview');

      function body(action) {
        var data = new FormData(form);
        data.set('action', action);
        return new URLSearchParams(data);
      }

      function fieldId(name) {
        return 'f-' + name.replace(/[.\[]/g, '_').replace(/\]/g, '');
      }

      function clearErrors() {
        Array.prototype.forEach.call(form.querySelectorAll('p.error'), function (p) {
          var id = p.id.replace(/^e-/, '');
          var control = document.getElementById(id);
          if (control) {
            control.removeAttribute('aria-invalid');
            var described = (control.getAttribute('aria-describedby') || '').split(' ').filter(function (x) { return x && x !== p.id; });
            if (described.length) { control.setAttribute('aria-describedby', described.join(' ')); } else { control.removeAttribute('aria-describedby'); }
            var holder = control.closest('.field, .choices');
            if (holder) { holder.classList.remove('field-error'); }
          }
          p.remove();
        });
      }

      function showErrors(errors) {
        clearErrors();
        errors.forEach(function (error) {
          if (!touched[error.id]) { return; }
          var control = document.getElementById(error.id);
          if (!control) { return; }
          var holder = document.createElement('div');
          holder.innerHTML = error.html;
          var message = holder.firstChild;
          if (control.tagName === 'FIELDSET') {
            var legend = control.querySelector('legend');
            legend.parentNode.insertBefore(message, legend.nextSibling);
          } else {
            control.parentNode.insertBefore(message, control);
          }
          control.setAttribute('aria-invalid', 'true');
          var described = (control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
          described.push(message.id);
          control.setAttribute('aria-describedby', described.join(' '));
          var box = control.closest('.field, .choices');
          if (box) { box.classList.add('field-error'); }
        });
      }

      function wirePreviewLinks() {
        Array.prototype.forEach.call(document.querySelectorAll('button.in-preview'), function (button) {
          button.hidden = false;
          button.addEventListener('click', function () {
            try { preview.contentWindow.location.hash = button.getAttribute('data-clause'); } catch (e) { return; }
            preview.scrollIntoView({ block: 'start' });
          });
        });
      }

      function refreshPreview() {
        clearTimeout(previewTimer);
        previewTimer = setTimeout(function () { form.requestSubmit(previewButton); }, 600);
      }

      function update() {
        var mine = ++sequence;
        fetch('/form', { method: 'POST', body: body('live') }).then(function (response) {
          if (!response.ok) { throw new Error(String(response.status)); }
          return response.json();
        }).then(function (live) {
          if (mine !== sequence) { return; }
          document.getElementById('assessment').innerHTML = live.assessment;
          document.getElementById('explain').innerHTML = live.explain;
          form.setAttribute('data-level', live.level || '');
          wirePreviewLinks();
          showErrors(live.errors);
          if (live.complete) { refreshPreview(); }
        }).catch(function () { /* The buttons still work without the live panels. */ });
      }

      function changed(event) {
        var target = event.target;
        if (!target.name || target.name === 'action') { return; }
        touched[fieldId(target.name)] = true;
        var section = target.closest('fieldset.party, fieldset.section');
        if (section) { touched[section.id] = true; }
        clearTimeout(liveTimer);
        liveTimer = setTimeout(update, event.type === 'input' ? 300 : 0);
      }

      form.addEventListener('input', changed);
      form.addEventListener('change', changed);
      Array.prototype.forEach.call(form.querySelectorAll('button.remove-party, #add-party'), function (button) {
        button.setAttribute('formaction', '/form#section-parties');
      });
      wirePreviewLinks();

      var file = document.getElementById('load-file');
      var text = document.getElementById('request-text');
      if (file && text) {
        file.addEventListener('change', function () {
          if (!file.files.length) { return; }
          file.files[0].text().then(function (content) {
            text.value = content;
            var load = text.form.querySelector('button[value="load"]');
            text.form.requestSubmit(load);
          });
        });
      }
      if (form.getAttribute('data-complete') === 'true') { refreshPreview(); }
      var summary = document.getElementById('error-summary');
      if (summary) { summary.focus(); }
    }());
    """#
}
