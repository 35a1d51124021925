package storage

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"parley/app"
)

// resolvePlace returns the id of the stored place p names, adding it when
// new, or nil for a zero place. Places with a GeoNames id are one row per
// id; others are one row per city and country. A place first saved without
// an id gains it (and its coordinates) when the gazetteer later names it.
func resolvePlace(ctx context.Context, tx *sql.Tx, p app.Place) (any, error) {
	if p.IsZero() {
		return nil, nil
	}
	p.City = cleanName(p.City)
	p.Country = strings.ToUpper(strings.TrimSpace(p.Country))
	if p.GeoID != 0 {
		return resolveGeoPlace(ctx, tx, p)
	}
	id, err := placeID(ctx, tx, `SELECT id FROM places WHERE city_key = ? AND country = ? ORDER BY id LIMIT 1`,
		fold(p.City), p.Country)
	if err != nil || id != 0 {
		return id, err
	}
	return insertPlace(ctx, tx, p)
}

// resolveGeoPlace resolves a place that has a GeoNames id.
func resolveGeoPlace(ctx context.Context, tx *sql.Tx, p app.Place) (any, error) {
	id, err := placeID(ctx, tx, `SELECT id FROM places WHERE geonames_id = ?`, p.GeoID)
	if err != nil || id != 0 {
		return id, err
	}
	id, err = placeID(ctx, tx, `SELECT id FROM places WHERE city_key = ? AND country = ? AND geonames_id IS NULL`,
		fold(p.City), p.Country)
	if err != nil {
		return nil, err
	}
	if id == 0 {
		return insertPlace(ctx, tx, p)
	}
	lat, lon := coordinates(p)
	_, err = tx.ExecContext(ctx, `UPDATE places SET geonames_id = ?, lat = ?, lon = ? WHERE id = ?`, p.GeoID, lat, lon, id)
	return id, err
}

// placeID runs a query for one place id; 0 means none.
func placeID(ctx context.Context, tx *sql.Tx, query string, args ...any) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, query, args...).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return id, err
}

func insertPlace(ctx context.Context, tx *sql.Tx, p app.Place) (any, error) {
	lat, lon := coordinates(p)
	var geo any
	if p.GeoID != 0 {
		geo = p.GeoID
	}
	res, err := tx.ExecContext(ctx,
		`INSERT INTO places(city, city_key, country, lat, lon, geonames_id) VALUES (?, ?, ?, ?, ?, ?)`,
		p.City, fold(p.City), p.Country, lat, lon, geo)
	if err != nil {
		return nil, err
	}
	return res.LastInsertId()
}

// coordinates returns p's latitude and longitude, or NULLs when p has none
// (0, 0 is the Gulf of Guinea, not a city).
func coordinates(p app.Place) (lat, lon any) {
	if p.Lat == 0 && p.Lon == 0 {
		return nil, nil
	}
	return p.Lat, p.Lon
}
