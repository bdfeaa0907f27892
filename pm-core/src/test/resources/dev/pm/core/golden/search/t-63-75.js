pmSearch.shard("63-75",{"customers":[0,8,2,16]});
