// Package app holds Parley's domain: articles, meetings, participants,
// people, places, their statuses and validation rules, the errors a user
// may see, and the import pipeline that ties ingestion, extraction and
// storage together.
//
// The package knows neither Fyne nor database/sql: storage and widgets
// depend on it, never the other way round.
package app
