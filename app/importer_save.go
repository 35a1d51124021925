package app

import "context"

// save collects prepared jobs and writes them in batches, one transaction
// per batch. It returns the results in the order of files.
func (p Pipeline) save(ctx context.Context, store ImportStore, files []string, in <-chan job, report func(FileResult)) ([]FileResult, error) {
	results := make([]FileResult, len(files))
	seen := make([]bool, len(files))
	var batch []job
	var saveErr error
	flush := func() {
		if len(batch) == 0 {
			return
		}
		if saveErr == nil && ctx.Err() == nil {
			saveErr = p.saveBatch(ctx, store, batch)
		}
		for _, j := range batch {
			if saveErr != nil && j.result.Status == "" {
				j.result.Status, j.result.Err = FileFailed, saveErr
			} else if j.result.Status == "" {
				j.result.Status = FileCanceled
			}
			results[j.index], seen[j.index] = j.result, true
			report(j.result)
		}
		batch = batch[:0]
	}
	for j := range in {
		if j.saved == nil {
			results[j.index], seen[j.index] = j.result, true
			report(j.result)
			continue
		}
		batch = append(batch, j)
		if len(batch) >= p.batchSize() {
			flush()
		}
	}
	flush()
	for i, ok := range seen {
		if !ok {
			results[i] = FileResult{Path: files[i], Status: FileCanceled}
		}
	}
	return results, saveErr
}

// saveBatch saves the articles of batch in one transaction and fills in
// each job's result (in place, through the slice).
func (p Pipeline) saveBatch(ctx context.Context, store ImportStore, batch []job) error {
	arts := make([]NewArticle, len(batch))
	for i, j := range batch {
		arts[i] = *j.saved
	}
	res, err := store.SaveArticles(ctx, arts)
	if err != nil {
		return err
	}
	for i := range batch {
		r := &batch[i].result
		if i < len(res) && res[i].Duplicate {
			r.Status = FileDuplicate
			continue
		}
		r.Status, r.Meetings = FileImported, len(arts[i].Meetings)
		if i < len(res) {
			r.ArticleID = res[i].ArticleID
		}
	}
	return nil
}
