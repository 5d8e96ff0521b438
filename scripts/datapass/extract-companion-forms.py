import yaml, subprocess, json
from yaml.composer import Composer
from yaml.events import *
def compose_node(self, parent, index):
    if self.check_event(AliasEvent):
        return self.anchors[self.get_event().anchor]
    anchor = self.peek_event().anchor
    self.descend_resolver(parent, index)
    if self.check_event(ScalarEvent): node = self.compose_scalar_node(anchor)
    elif self.check_event(SequenceStartEvent): node = self.compose_sequence_node(anchor)
    else: node = self.compose_mapping_node(anchor)
    self.ascend_resolver()
    return node
Composer.compose_node = compose_node  # Ruby's Psych lets a later anchor replace an earlier one
def show(p):
    return subprocess.run(['git','--git-dir=/work/.mirror/etalab+data_pass/repo','show','HEAD:'+p],capture_output=True,text=True).stdout
def flat(xs):
    for x in xs:
        if isinstance(x, list): yield from flat(x)
        else: yield x
fc = yaml.safe_load(show('config/authorization_request_forms/france_connect.yml'))
ap = yaml.safe_load(show('config/authorization_request_forms/api_particulier.yml'))
defs = yaml.safe_load(show('config/authorization_definitions/api_particulier.yml'))
fcdefs = yaml.safe_load(show('config/authorization_definitions/france_connect.yml'))
out = {"source": "etalab/data_pass config/authorization_request_forms/france_connect.yml and api_particulier.yml; config/authorization_definitions/api_particulier.yml and france_connect.yml", "commit": "c3a17f129ff3f0471c94953ef2e813c9b7de4281", "forms": []}
for uid, src in [('france-connect-collectivite-administration', fc), ('api-particulier-tarification-municipale-enfance', ap), ('api-particulier-tarification-eaje', ap)]:
    f = src[uid]
    init = {k: v for k, v in (f.get('initialize_with') or {}).items() if not k.startswith('contact')}
    out['forms'].append({
        'uid': uid, 'name': f['name'], 'authorizationRequest': f['authorization_request'], 'useCase': f.get('use_case'),
        'staticBlocks': [b['name'] for b in f.get('static_blocks', [])], 'steps': [s['name'] for s in f['steps']],
        'prefills': init, 'displayedScopes': (f.get('scopes_config') or {}).get('displayed'), 'disabledScopes': (f.get('scopes_config') or {}).get('disabled'),
    })
want = set()
for fo in out['forms']:
    for s in (fo['displayedScopes'] or []): want.add(s)
out['scopes'] = {s['value']: s['name'] for s in flat(defs['api_particulier']['scopes']) if s['value'] in want}
out['franceConnectScopes'] = {s['value']: s['name'] for s in flat(fcdefs['france_connect']['scopes'])}
json.dump(out, open('test/fixtures/datapass/companion-forms.json','w'), ensure_ascii=False, indent=2)
open('test/fixtures/datapass/companion-forms.json','a').write('\n')
print(json.dumps(out, ensure_ascii=False, indent=1))
