package localefix

import "testing"

func TestApply(t *testing.T) {
	tests := []struct {
		name string
		args []string
		env  map[string]string
		want map[string]string
	}{
		{"import under C.UTF-8", []string{"parley", "import", "x"}, map[string]string{"LANG": "C.UTF-8"}, map[string]string{"LANG": "C"}},
		{"help flag", []string{"parley", "--help"}, map[string]string{"LANG": "C.utf8"}, map[string]string{"LANG": "C"}},
		{"LC_ALL wins", []string{"parley", "export"}, map[string]string{"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}, map[string]string{"LC_ALL": "C", "LANG": "C.UTF-8"}},
		{"real locale kept", []string{"parley", "import"}, map[string]string{"LANG": "fa_IR.UTF-8"}, map[string]string{"LANG": "fa_IR.UTF-8"}},
		{"LC_MESSAGES set first", []string{"parley", "import"}, map[string]string{"LC_MESSAGES": "de_DE.UTF-8", "LANG": "C.UTF-8"}, map[string]string{"LC_MESSAGES": "de_DE.UTF-8", "LANG": "C.UTF-8"}},
		{"window untouched", []string{"parley"}, map[string]string{"LANG": "C.UTF-8"}, map[string]string{"LANG": "C.UTF-8"}},
		{"window with --db untouched", []string{"parley", "--db", "x.db"}, map[string]string{"LANG": "C.UTF-8"}, map[string]string{"LANG": "C.UTF-8"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := map[string]string{}
			for k, v := range tt.env {
				env[k] = v
			}
			Apply(tt.args, func(k string) string { return env[k] }, func(k, v string) error { env[k] = v; return nil })
			for k, want := range tt.want {
				if env[k] != want {
					t.Errorf("%s = %q, want %q", k, env[k], want)
				}
			}
		})
	}
}
