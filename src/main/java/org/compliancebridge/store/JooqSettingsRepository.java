package org.compliancebridge.store;

import static org.compliancebridge.store.generated.Tables.SETTING;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.compliancebridge.domain.port.SettingsRepository;
import org.jooq.DSLContext;

final class JooqSettingsRepository implements SettingsRepository {
    private final DSLContext tx;

    JooqSettingsRepository(DSLContext tx) {
        this.tx = tx;
    }

    @Override
    public Optional<String> get(String key) {
        return tx.select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.SETTING_KEY.eq(key)).fetchOptional(0,
                String.class);
    }

    @Override
    public void put(String key, String value) {
        tx.mergeInto(SETTING).using(tx.selectOne()).on(SETTING.SETTING_KEY.eq(key))
                .whenMatchedThenUpdate().set(SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(SETTING.SETTING_KEY, SETTING.SETTING_VALUE).values(key, value)
                .execute();
    }

    @Override
    public Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        tx.selectFrom(SETTING).orderBy(SETTING.SETTING_KEY).forEach(r -> out.put(r.getSettingKey(), r.getSettingValue()));
        return out;
    }
}
