;;; probe.el --- Emacs (eglot) as a real third-party LSP client of the Copydesk server  -*- lexical-binding: t -*-
;;
;; Loads the README's eglot setup (SNIPPET_FILE) as a user's init file would,
;; visits PROBE_FILE, lets the command loop's hooks run until eglot has
;; connected and Flymake shows Copydesk's diagnostics, then (when PROBE_RULE is
;; set) picks the default code action at the first finding of that rule the
;; way `M-x eglot-code-actions RET RET' does, waits for the diagnostics of the
;; edited buffer, and writes what it saw as JSON to PROBE_OUT.  It always quits.
;;
;; Every wait polls the state between `accept-process-output' calls (which run
;; process filters and timers) and gives up after `probe-timeout' seconds.

(require 'json)
(require 'cl-lib)

(defvar probe-timeout 20)
(defvar probe-result (list (cons 'errors [])))

(defun probe-set (key value)
  (setf (alist-get key probe-result) value))

(defun probe-fail (message)
  (probe-set 'errors (vconcat (alist-get 'errors probe-result) (list message))))

(defun probe-wait (what predicate)
  "Run the command loop's hooks and process output until PREDICATE is non-nil."
  (let ((deadline (+ (float-time) probe-timeout))
        (value nil))
    (while (and (not (setq value (funcall predicate)))
                (< (float-time) deadline))
      ;; What the command loop does after each command: eglot-ensure connects
      ;; here, and Flymake starts its deferred checks.
      (run-hooks 'post-command-hook)
      (accept-process-output nil 0.05))
    (unless value (probe-fail (format "timed out after %s s waiting for %s" probe-timeout what)))
    value))

(defun probe-lsp-diag (diag)
  (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data diag))))

(defun probe-diagnostics ()
  "Copydesk's diagnostics in the current buffer, as Flymake holds them."
  (cl-loop for d in (flymake-diagnostics)
           for lsp = (probe-lsp-diag d)
           when (and lsp (equal (plist-get lsp :source) "copydesk"))
           collect (list (cons 'line (1- (line-number-at-pos (flymake-diagnostic-beg d))))
                         (cons 'code (plist-get lsp :code))
                         (cons 'severity (plist-get lsp :severity))
                         (cons 'message (plist-get lsp :message))
                         (cons 'text (probe-text (flymake-diagnostic-beg d) (flymake-diagnostic-end d))))
           into list
           finally return (sort list (lambda (a b) (< (alist-get 'line a) (alist-get 'line b))))))

(defun probe-text (beg end)
  "The buffer's text from BEG to END, clamped: Flymake may still hold a range of the text before an edit."
  (buffer-substring-no-properties (max (point-min) (min beg (point-max))) (max (point-min) (min end (point-max)))))

(defun probe-run ()
  (let ((file (getenv "PROBE_FILE"))
        (rule (getenv "PROBE_RULE")))
    (load (getenv "SNIPPET_FILE") nil t)
    (require 'eglot)
    (find-file file)
    (probe-set 'mode (symbol-name major-mode))
    (let ((server (probe-wait "eglot to connect" #'eglot-current-server)))
      (when server
        (probe-set 'language_id (eglot--language-id server))
        (probe-set 'server (plist-get (eglot--server-info server) :name))
        (probe-wait "Copydesk's diagnostics" #'probe-diagnostics)
        (let ((before (probe-diagnostics)))
          (probe-set 'before (vconcat before))
          (when rule
            (let ((target (cl-find rule (flymake-diagnostics)
                                   :key (lambda (d) (plist-get (probe-lsp-diag d) :code))
                                   :test #'equal)))
              (if (not target)
                  (probe-fail (format "no %s diagnostic to fix" rule))
                (probe-set 'target_text (buffer-substring-no-properties
                                         (flymake-diagnostic-beg target) (flymake-diagnostic-end target)))
                (goto-char (flymake-diagnostic-beg target))
                (let ((tick (buffer-chars-modified-tick))
                      (titles nil))
                  ;; M-x eglot-code-actions, then RET on the default (preferred) action.
                  (let ((last-nonmenu-event ?\r)
                        (completing-read-function
                         (lambda (_prompt collection &optional _pred _req _init _hist default &rest _)
                           (setq titles (mapcar #'car collection))
                           (if (consp default) (car default) default))))
                    (eglot-code-actions (flymake-diagnostic-beg target) (flymake-diagnostic-end target) nil t))
                  (probe-set 'actions (vconcat titles))
                  (probe-set 'edited (/= tick (buffer-chars-modified-tick)))
                  (probe-wait "the fixed finding to leave the diagnostics"
                              (lambda ()
                                (let ((now (probe-diagnostics)))
                                  (and now
                                       (not (cl-find-if (lambda (d)
                                                          (and (equal (alist-get 'code d) rule)
                                                               (equal (alist-get 'text d) (alist-get 'target_text probe-result))))
                                                        now))))))
                  (probe-set 'after (vconcat (probe-diagnostics)))
                  (probe-set 'text_after (buffer-substring-no-properties (point-min) (point-max))))))))
        (eglot-shutdown server)
        (probe-set 'stopped (not (jsonrpc-running-p server)))))))

(condition-case err
    (probe-run)
  (error (probe-fail (format "%S" err))))
(with-temp-file (getenv "PROBE_OUT")
  (insert (json-encode probe-result)))
(kill-emacs 0)
