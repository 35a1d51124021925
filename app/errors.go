package app

import (
	"errors"
	"fmt"
)

// Code classifies an Error so callers can react without parsing messages.
type Code string

// The error codes Parley uses.
const (
	EInvalid     Code = "invalid"     // the user's input breaks a rule
	ENotFound    Code = "not_found"   // no such record
	ENotParley   Code = "not_parley"  // a file that is not a Parley database
	ENewer       Code = "newer"       // a database made by a newer Parley
	ELocked      Code = "locked"      // another program holds the database
	EReadOnly    Code = "read_only"   // the database cannot be written
	EDiskFull    Code = "disk_full"   // no space left to write
	EUnsupported Code = "unsupported" // a file type Parley cannot read
	EEmpty       Code = "empty"       // a file with no text
	ENotText     Code = "not_text"    // binary content under a text name
	ETooLarge    Code = "too_large"   // over a documented size limit
	ECorrupt     Code = "corrupt"     // a damaged PDF, DOCX or HTML file
	EUnreadable  Code = "unreadable"  // the file could not be opened or read
	ECanceled    Code = "canceled"    // the user cancelled
	EInternal    Code = "internal"    // a bug or an unexpected failure
)

// Error is an error with a code and a message meant for the user: one clear
// sentence saying what happened and, where useful, what to do.
// Err keeps the underlying cause for the log.
type Error struct {
	Code    Code
	Message string
	Err     error
}

// Error returns the message, followed by the cause when there is one.
func (e *Error) Error() string {
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with code and a formatted message.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// WrapError returns an *Error with code and message that keeps err as its cause.
func WrapError(code Code, err error, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Err: err}
}

// ErrorCode returns the code of the first *Error in err's chain, or
// EInternal for any other non-nil error, or "" for nil.
func ErrorCode(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}

// ErrorMessage returns the sentence to show a user for err: the message of
// the first *Error in its chain, or a generic one for anything else (the
// whole error belongs in the log, not in front of the user).
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "Internal error: something unexpected went wrong; details are in the log."
}
